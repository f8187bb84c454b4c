"""Realtime API types (``openai.types.realtime``) for the REST endpoints, loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

# public name -> module defining it; a test checks this against the imports below
_EXPORTS = {
    "CallAcceptParams": ".call_accept_params",
    "CallCreateParams": ".call_create_params",
    "CallReferParams": ".call_refer_params",
    "CallRejectParams": ".call_reject_params",
    "ClientSecretCreateParams": ".client_secret_create_params",
    "ClientSecretCreateResponse": ".client_secret_create_response",
    "RealtimeSessionCreateRequestParam": ".realtime_session_create_request_param",
    "RealtimeSessionCreateResponse": ".realtime_session_create_response",
    "RealtimeTranscriptionSessionCreateRequestParam": ".realtime_transcription_session_create_request_param",
    "RealtimeTranscriptionSessionCreateResponse": ".realtime_transcription_session_create_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .call_accept_params import CallAcceptParams as CallAcceptParams
    from .call_create_params import CallCreateParams as CallCreateParams
    from .call_refer_params import CallReferParams as CallReferParams
    from .call_reject_params import CallRejectParams as CallRejectParams
    from .client_secret_create_params import ClientSecretCreateParams as ClientSecretCreateParams
    from .client_secret_create_response import (
        ClientSecretCreateResponse as ClientSecretCreateResponse,
    )
    from .realtime_session_create_request_param import (
        RealtimeSessionCreateRequestParam as RealtimeSessionCreateRequestParam,
    )
    from .realtime_session_create_response import (
        RealtimeSessionCreateResponse as RealtimeSessionCreateResponse,
    )
    from .realtime_transcription_session_create_request_param import (
        RealtimeTranscriptionSessionCreateRequestParam as RealtimeTranscriptionSessionCreateRequestParam,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
    )
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
