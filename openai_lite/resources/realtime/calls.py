from __future__ import annotations

from typing import TYPE_CHECKING

import json
from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Union

from ..._params import collect
from ..._resource import APIResource
from ..._response import BinaryResponseContent, HttpxBinaryResponseContent
from ..._types import NOT_GIVEN, NotGiven
from ...core.jsonbody import strip_not_given
from ...core.paths import format_path
from ...types.realtime.realtime_session_create_request_param import RealtimeSessionCreateRequestParam
from .._common import Body, Headers, Query, TimeoutArg

__all__ = ["Calls"]

_ACCEPT_BODY = (
    "type", "audio", "include", "instructions", "max_output_tokens", "model", "output_modalities",
    "parallel_tool_calls", "prompt", "reasoning", "tool_choice", "tools", "tracing", "truncation",
)
# These endpoints answer with an empty body.
_NO_CONTENT = {"Accept": "*/*"}
# `accept` has a parameter named `type`, which hides the builtin inside it.
_NONE = type(None)

_Obj = Mapping[str, Any]


class Calls(APIResource):
    def create(
        self,
        *,
        sdp: str,
        session: Union[RealtimeSessionCreateRequestParam, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> HttpxBinaryResponseContent:
        """Start a WebRTC call from an SDP offer; the result's ``.text`` is the SDP answer.

        Without ``session`` the offer is the whole body (``application/sdp``); with it, a
        multipart body carries the offer and the session configuration as two parts."""
        headers: Dict[str, str] = {"Accept": "application/sdp"}
        if isinstance(session, NotGiven):
            headers["Content-Type"] = "application/sdp"
            return self._request("POST", "/realtime/calls", cast_to=BinaryResponseContent,
                                 content=sdp.encode("utf-8"), headers=headers,
                                 extra_headers=extra_headers, extra_query=extra_query,
                                 extra_body=extra_body, timeout=timeout)
        files = [
            ("sdp", (None, sdp.encode("utf-8"), "application/sdp")),
            ("session", (None, json.dumps(strip_not_given(session)).encode("utf-8"), "application/json")),
        ]
        return self._request("POST", "/realtime/calls", cast_to=BinaryResponseContent, files=files,
                             multipart=True, headers=headers, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def accept(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        audio: Union[_Obj, NotGiven] = NOT_GIVEN,
        include: Union[List[Literal["item.input_audio_transcription.logprobs"]], NotGiven] = NOT_GIVEN,
        instructions: Union[str, NotGiven] = NOT_GIVEN,
        max_output_tokens: Union[int, Literal["inf"], NotGiven] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        output_modalities: Union[List[Literal["text", "audio"]], NotGiven] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        prompt: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        reasoning: Union[_Obj, NotGiven] = NOT_GIVEN,
        tool_choice: Union[str, _Obj, NotGiven] = NOT_GIVEN,
        tools: Union[Iterable[_Obj], NotGiven] = NOT_GIVEN,
        tracing: Union[Literal["auto"], _Obj, None, NotGiven] = NOT_GIVEN,
        truncation: Union[str, _Obj, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> None:
        """Accept an incoming SIP call and configure its session."""
        body = collect(locals(), _ACCEPT_BODY)
        return self._request("POST", format_path("/realtime/calls/{call_id}/accept", call_id=call_id),
                             cast_to=_NONE, body=body, headers=_NO_CONTENT, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def hangup(self, call_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
               extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> None:
        return self._request("POST", format_path("/realtime/calls/{call_id}/hangup", call_id=call_id),
                             cast_to=_NONE, headers=_NO_CONTENT, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def refer(self, call_id: str, *, target_uri: str, extra_headers: Headers = None,
              extra_query: Query = None, extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> None:
        """Transfer a call (SIP REFER) to ``target_uri``."""
        body = collect(locals(), ("target_uri",))
        return self._request("POST", format_path("/realtime/calls/{call_id}/refer", call_id=call_id),
                             cast_to=_NONE, body=body, headers=_NO_CONTENT, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def reject(self, call_id: str, *, status_code: Union[int, NotGiven] = NOT_GIVEN,
               extra_headers: Headers = None, extra_query: Query = None, extra_body: Body = None,
               timeout: TimeoutArg = NOT_GIVEN) -> None:
        """Decline an incoming call, optionally with a SIP status code."""
        body = collect(locals(), ("status_code",))
        return self._request("POST", format_path("/realtime/calls/{call_id}/reject", call_id=call_id),
                             cast_to=_NONE, body=body, headers=_NO_CONTENT, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any

    class AsyncCalls:
        with_raw_response: Any
        with_streaming_response: Any
        async def create(self, *, sdp: str, session: Union[RealtimeSessionCreateRequestParam, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> HttpxBinaryResponseContent: ...
        async def accept(self, call_id: str, *, type: Literal['realtime'], audio: Union[_Obj, NotGiven]=NOT_GIVEN, include: Union[List[Literal['item.input_audio_transcription.logprobs']], NotGiven]=NOT_GIVEN, instructions: Union[str, NotGiven]=NOT_GIVEN, max_output_tokens: Union[int, Literal['inf'], NotGiven]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, output_modalities: Union[List[Literal['text', 'audio']], NotGiven]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prompt: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, reasoning: Union[_Obj, NotGiven]=NOT_GIVEN, tool_choice: Union[str, _Obj, NotGiven]=NOT_GIVEN, tools: Union[Iterable[_Obj], NotGiven]=NOT_GIVEN, tracing: Union[Literal['auto'], _Obj, None, NotGiven]=NOT_GIVEN, truncation: Union[str, _Obj, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> None: ...
        async def hangup(self, call_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> None: ...
        async def refer(self, call_id: str, *, target_uri: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> None: ...
        async def reject(self, call_id: str, *, status_code: Union[int, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> None: ...

else:
    AsyncCalls = Calls
