"""The error tree of the official SDK, with the same attributes and messages."""
from __future__ import annotations

TYPE_CHECKING = False  # annotations only: typing is not imported at run time
if TYPE_CHECKING:
    from typing import Any, List, Optional

    from .transport.base import BaseResponse, Request

__all__ = [
    "OpenAIError", "APIError", "APIStatusError", "APIConnectionError", "APITimeoutError",
    "APIResponseValidationError", "BadRequestError", "AuthenticationError",
    "PermissionDeniedError", "NotFoundError", "ConflictError", "UnprocessableEntityError",
    "RateLimitError", "InternalServerError", "LengthFinishReasonError",
    "ContentFilterFinishReasonError", "InvalidWebhookSignatureError",
    "MutuallyExclusiveAuthError", "APIRemovedInV1", "StreamAlreadyConsumed",
    "WebSocketConnectionClosedError", "WebSocketQueueFullError", "OAuthError",
    "SubjectTokenProviderError",
]


class OpenAIError(Exception):
    pass


class APIError(OpenAIError):
    message: str
    request: "Request"
    body: object
    code: Optional[str]
    param: Optional[str]
    type: Optional[str]

    def __init__(self, message: str, request: "Request", *, body: object) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body
        if isinstance(body, dict):
            self.code = body.get("code")
            self.param = body.get("param")
            self.type = body.get("type")
        else:
            self.code = None
            self.param = None
            self.type = None


class APIResponseValidationError(APIError):
    response: "BaseResponse"
    status_code: int

    def __init__(self, response: "BaseResponse", body: object, *, message: Optional[str] = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.",
                         response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    response: "BaseResponse"
    status_code: int
    request_id: Optional[str]

    def __init__(self, message: str, *, response: "BaseResponse", body: object) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class APIConnectionError(APIError):
    def __init__(self, *, message: str = "Connection error.", request: "Request") -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: "Request") -> None:
        super().__init__(message="Request timed out.", request=request)


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class OAuthError(AuthenticationError):
    error: Optional[str]

    def __init__(self, *, response: "BaseResponse", body: object) -> None:
        desc = body.get("error_description") if isinstance(body, dict) else None
        message = desc if isinstance(desc, str) and desc else "OAuth authentication error."
        super().__init__(message, response=response, body=body)
        self.error = body.get("error") if isinstance(body, dict) else None


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    pass


class LengthFinishReasonError(OpenAIError):
    completion: Any

    def __init__(self, *, completion: Any) -> None:
        msg = "Could not parse response content as the length limit was reached"
        usage = getattr(completion, "usage", None)
        if usage:
            msg += f" - {usage!r}"
        super().__init__(msg)
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    def __init__(self) -> None:
        super().__init__(
            "Could not parse response content as the request was rejected by the content filter"
        )


class InvalidWebhookSignatureError(ValueError):
    """A webhook payload's signature or timestamp did not check out."""


class MutuallyExclusiveAuthError(OpenAIError):
    def __init__(self) -> None:
        super().__init__(
            "The `api_key`, `azure_ad_token` and `azure_ad_token_provider` arguments are "
            "mutually exclusive; Only one can be passed at a time"
        )


class APIRemovedInV1(OpenAIError):
    def __init__(self, *, symbol: str) -> None:
        super().__init__(
            f"You tried to access openai.{symbol}, but this is no longer supported in "
            "openai>=1.0.0 - see the README for the v1 API."
        )


class StreamAlreadyConsumed(OpenAIError):
    def __init__(self) -> None:
        super().__init__(
            "Attempted to read or stream content, but the content has already been streamed. "
            "Read the response once (for example with `.read()`) before accessing it again."
        )


class SubjectTokenProviderError(OpenAIError):
    def __init__(self, message: str, *, response: Any = None) -> None:
        super().__init__(message)
        self.response = response


class WebSocketConnectionClosedError(OpenAIError):
    def __init__(self, message: str, *, unsent_messages: List[str]) -> None:
        super().__init__(message)
        self.unsent_messages = unsent_messages


class WebSocketQueueFullError(OpenAIError):
    pass


_STATUS_CLASSES = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> "type[APIStatusError]":
    if status >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status, APIStatusError)
