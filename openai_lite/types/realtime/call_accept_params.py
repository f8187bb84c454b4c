from __future__ import annotations

from .realtime_session_create_request_param import RealtimeSessionCreateRequestParam

__all__ = ["CallAcceptParams"]

# Accepting a call configures its session: the body is a session object.
CallAcceptParams = RealtimeSessionCreateRequestParam
