"""openai_lite: the official OpenAI SDK's interface on the standard library alone.

Public names resolve lazily (PEP 562), so ``import openai_lite`` loads almost nothing:
the client, the transports, asyncio and ssl load when first used.
"""
from __future__ import annotations

import os as _os
import sys as _sys

from ._exceptions import (APIConnectionError, APIError, APIRemovedInV1, APIResponseValidationError,
                          APIStatusError, APITimeoutError, AuthenticationError, BadRequestError,
                          ConflictError, ContentFilterFinishReasonError, InternalServerError,
                          InvalidWebhookSignatureError, LengthFinishReasonError,
                          MutuallyExclusiveAuthError, NotFoundError, OAuthError, OpenAIError,
                          PermissionDeniedError, RateLimitError, StreamAlreadyConsumed,
                          SubjectTokenProviderError, UnprocessableEntityError,
                          WebSocketConnectionClosedError, WebSocketQueueFullError)
from ._timeout import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from ._types import NOT_GIVEN, NotGiven, Omit, not_given, omit
from ._version import __title__, __version__

# typing would cost more than the rest of the import together; annotations are all that
# use it, and type checkers take TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Mapping, Optional, Union

    from ._azure import AsyncAzureADTokenProvider, AsyncAzureOpenAI, AzureADTokenProvider, AzureOpenAI
    from ._client import AsyncClient, AsyncOpenAI, Client, OpenAI
    from ._http_client import (DEFAULT_CONNECTION_LIMITS, DefaultAsyncHttpxClient, DefaultHttpxClient)
    from ._models import BaseModel
    from ._pagination import AsyncPage, AsyncCursorPage, SyncCursorPage, SyncPage
    from ._response import (APIResponse, AsyncAPIResponse, HttpxBinaryResponseContent,
                            LegacyAPIResponse)
    from ._streaming import AsyncStream, Stream
    from .core.multipart import file_from_path
    from .lib._tools import pydantic_function_tool
    from .resources.beta._assistant_events import AssistantEventHandler, AsyncAssistantEventHandler
    from .transport.limits import Limits
    from .version import VERSION

_LAZY: Dict[str, str] = {
    "OpenAI": "._client", "AsyncOpenAI": "._client", "Client": "._client", "AsyncClient": "._client",
    "AzureOpenAI": "._azure", "AsyncAzureOpenAI": "._azure",
    "AzureADTokenProvider": "._azure", "AsyncAzureADTokenProvider": "._azure",
    "DefaultHttpxClient": "._http_client", "DefaultAsyncHttpxClient": "._http_client",
    "DEFAULT_CONNECTION_LIMITS": "._http_client",
    "Limits": ".transport.limits",
    "BaseModel": "._models",
    "Stream": "._streaming", "AsyncStream": "._streaming",
    "APIResponse": "._response", "AsyncAPIResponse": "._response",
    "HttpxBinaryResponseContent": "._response", "LegacyAPIResponse": "._response",
    "SyncPage": "._pagination", "SyncCursorPage": "._pagination", "AsyncPage": "._pagination",
    "AsyncCursorPage": "._pagination",
    "file_from_path": ".core.multipart",
    "pydantic_function_tool": ".lib._tools",
    "AssistantEventHandler": ".resources.beta._assistant_events",
    "AsyncAssistantEventHandler": ".resources.beta._assistant_events",
    "VERSION": ".version",
    "types": ".types",
}

# v0 names: using one raises APIRemovedInV1 naming it, as the SDK's stand-ins do
_REMOVED_IN_V1 = frozenset({
    "Audio", "ChatCompletion", "Completion", "Customer", "Deployment", "Edit", "Embedding", "Engine",
    "ErrorObject", "File", "FineTune", "FineTuningJob", "Image", "Model", "Moderation",
})

NoneType = type(None)

__all__ = [
    "OpenAI", "AsyncOpenAI", "Client", "AsyncClient", "AzureOpenAI", "AsyncAzureOpenAI",
    "AzureADTokenProvider", "AsyncAzureADTokenProvider",
    "NOT_GIVEN", "NotGiven", "not_given", "Omit", "omit", "NoneType",
    "Timeout", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "DEFAULT_CONNECTION_LIMITS", "Limits",
    "DefaultHttpxClient", "DefaultAsyncHttpxClient",
    "OpenAIError", "APIError", "APIStatusError", "APIConnectionError", "APITimeoutError",
    "APIResponseValidationError", "BadRequestError", "AuthenticationError", "PermissionDeniedError",
    "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError",
    "InternalServerError", "LengthFinishReasonError", "ContentFilterFinishReasonError",
    "InvalidWebhookSignatureError", "MutuallyExclusiveAuthError", "APIRemovedInV1",
    "StreamAlreadyConsumed", "OAuthError", "SubjectTokenProviderError", "WebSocketConnectionClosedError",
    "WebSocketQueueFullError", "AssistantEventHandler", "AsyncAssistantEventHandler", "VERSION",
    "BaseModel", "Stream", "AsyncStream", "APIResponse", "AsyncAPIResponse",
    "HttpxBinaryResponseContent", "LegacyAPIResponse", "SyncPage", "SyncCursorPage", "AsyncPage",
    "AsyncCursorPage", "file_from_path", "pydantic_function_tool", "__version__",
]


# The module-level client's settings (client.md §13); read at the first module-level call
# and, for the OpenAI client, live on every request after that.
api_key: Optional[str] = None
admin_api_key: Optional[str] = None
organization: Optional[str] = None
project: Optional[str] = None
webhook_secret: Optional[str] = None
base_url: Optional[str] = None
timeout: "Union[float, Timeout, None]" = DEFAULT_TIMEOUT
max_retries: int = DEFAULT_MAX_RETRIES
default_headers: Optional[Mapping[str, str]] = None
default_query: Optional[Mapping[str, object]] = None
http_client: Any = None
api_type: Optional[str] = _os.environ.get("OPENAI_API_TYPE")
api_version: Optional[str] = _os.environ.get("OPENAI_API_VERSION")
azure_endpoint: Optional[str] = _os.environ.get("AZURE_OPENAI_ENDPOINT")
azure_ad_token: Optional[str] = None
azure_ad_token_provider: Optional[Callable[[], Any]] = None

_MODULE_RESOURCES = frozenset({
    "chat", "completions", "embeddings", "files", "images", "audio", "moderations", "models",
    "fine_tuning", "vector_stores", "webhooks", "beta", "batches", "uploads", "admin", "responses",
    "realtime", "conversations", "evals", "containers", "skills", "videos", "content_provenance_checks",
})


def __getattr__(name: str) -> Any:
    if name in _MODULE_RESOURCES:
        from ._module_client import ResourceProxy

        proxy = globals()[name] = ResourceProxy(name)
        return proxy
    module = _LAZY.get(name)
    if module is None:
        if name in _REMOVED_IN_V1:
            from .lib._old_api import RemovedInV1

            stand_in = globals()[name] = RemovedInV1(name)
            return stand_in
        raise AttributeError(f"module 'openai_lite' has no attribute {name!r}")
    qualified = __name__ + module
    __import__(qualified)  # not importlib.import_module: importlib imports warnings
    mod = _sys.modules[qualified]
    value = mod if name == "types" else getattr(mod, name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(_LAZY) | _REMOVED_IN_V1)
