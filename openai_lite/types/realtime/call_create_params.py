from __future__ import annotations

from typing import TypedDict

from .realtime_session_create_request_param import RealtimeSessionCreateRequestParam

__all__ = ["CallCreateParams"]


class _Required(TypedDict):
    sdp: str


class CallCreateParams(_Required, total=False):
    session: RealtimeSessionCreateRequestParam
