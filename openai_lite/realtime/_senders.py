"""The convenience senders on a connection (``connection.session.update(...)`` ...), each
building one client event and handing it to ``connection.send``.

Written once for both connections: ``R`` is ``None`` on a sync connection and
``Awaitable[None]`` on an async one, whose ``send`` is a coroutine function — so the
async spelling is ``await connection.session.update(...)`` with the same signature.
"""
from __future__ import annotations

from typing import Any, Dict, Generic, Iterable, List, Mapping, TypeVar, Union, cast

from .._types import NotGiven, Omit, omit

__all__ = [
    "RealtimeSessionResource", "RealtimeResponseResource", "RealtimeInputAudioBufferResource",
    "RealtimeConversationResource", "RealtimeConversationItemResource", "RealtimeOutputAudioBufferResource",
    "RealtimeTranscriptionSessionResource", "ResponsesResponseResource", "BetaResponsesResponseResource",
]

R = TypeVar("R")
_Opt = Union[str, Omit, NotGiven]
_Obj = Mapping[str, Any]


def _event(type_: str, **fields: Any) -> Dict[str, Any]:
    event: Dict[str, Any] = {"type": type_}
    for key, value in fields.items():
        if not isinstance(value, (NotGiven, Omit)):
            event[key] = value
    return event


class _Sender(Generic[R]):
    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def _send(self, event: Dict[str, Any]) -> R:
        return cast(R, self._connection.send(event))


class RealtimeSessionResource(_Sender[R]):
    def update(self, *, session: Any, event_id: _Opt = omit) -> R:
        """Send ``session.update``: change the session's configuration."""
        return self._send(_event("session.update", session=session, event_id=event_id))


class RealtimeTranscriptionSessionResource(_Sender[R]):
    def update(self, *, session: Any, event_id: _Opt = omit) -> R:
        """Send ``transcription_session.update`` (beta realtime)."""
        return self._send(_event("transcription_session.update", session=session, event_id=event_id))


class RealtimeResponseResource(_Sender[R]):
    def create(self, *, event_id: _Opt = omit, response: Union[_Obj, Omit, NotGiven] = omit) -> R:
        """Send ``response.create``: ask the model for a response."""
        return self._send(_event("response.create", event_id=event_id, response=response))

    def cancel(self, *, event_id: _Opt = omit, response_id: _Opt = omit) -> R:
        """Send ``response.cancel``: stop the response in progress (or ``response_id``)."""
        return self._send(_event("response.cancel", event_id=event_id, response_id=response_id))


class RealtimeInputAudioBufferResource(_Sender[R]):
    def append(self, *, audio: str, event_id: _Opt = omit) -> R:
        """Send ``input_audio_buffer.append`` with base64-encoded ``audio``."""
        return self._send(_event("input_audio_buffer.append", audio=audio, event_id=event_id))

    def commit(self, *, event_id: _Opt = omit) -> R:
        """Send ``input_audio_buffer.commit``."""
        return self._send(_event("input_audio_buffer.commit", event_id=event_id))

    def clear(self, *, event_id: _Opt = omit) -> R:
        """Send ``input_audio_buffer.clear``."""
        return self._send(_event("input_audio_buffer.clear", event_id=event_id))


class RealtimeOutputAudioBufferResource(_Sender[R]):
    def clear(self, *, event_id: _Opt = omit) -> R:
        """Send ``output_audio_buffer.clear`` (cuts off audio playing over WebRTC/SIP)."""
        return self._send(_event("output_audio_buffer.clear", event_id=event_id))


class RealtimeConversationItemResource(_Sender[R]):
    def create(self, *, item: _Obj, event_id: _Opt = omit, previous_item_id: _Opt = omit) -> R:
        """Send ``conversation.item.create``."""
        return self._send(_event("conversation.item.create", item=item, event_id=event_id,
                                 previous_item_id=previous_item_id))

    def delete(self, *, item_id: str, event_id: _Opt = omit) -> R:
        """Send ``conversation.item.delete``."""
        return self._send(_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    def retrieve(self, *, item_id: str, event_id: _Opt = omit) -> R:
        """Send ``conversation.item.retrieve``."""
        return self._send(_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))

    def truncate(self, *, audio_end_ms: int, content_index: int, item_id: str, event_id: _Opt = omit) -> R:
        """Send ``conversation.item.truncate``."""
        return self._send(_event("conversation.item.truncate", audio_end_ms=audio_end_ms,
                                 content_index=content_index, item_id=item_id, event_id=event_id))


class RealtimeConversationResource(_Sender[R]):
    def __init__(self, connection: Any) -> None:
        super().__init__(connection)
        self.item: RealtimeConversationItemResource[R] = RealtimeConversationItemResource(connection)


_G = Union[Any, NotGiven, Omit]


class ResponsesResponseResource(_Sender[R]):
    def create(
        self,
        *,
        background: _G = omit,
        context_management: _G = omit,
        conversation: _G = omit,
        include: Union[List[str], None, NotGiven, Omit] = omit,
        input: Union[str, Iterable[Any], NotGiven, Omit] = omit,
        instructions: Union[str, None, NotGiven, Omit] = omit,
        max_output_tokens: Union[int, None, NotGiven, Omit] = omit,
        max_tool_calls: Union[int, None, NotGiven, Omit] = omit,
        metadata: Union[Dict[str, str], None, NotGiven, Omit] = omit,
        model: Union[str, NotGiven, Omit] = omit,
        moderation: _G = omit,
        parallel_tool_calls: Union[bool, None, NotGiven, Omit] = omit,
        previous_response_id: Union[str, None, NotGiven, Omit] = omit,
        prompt: _G = omit,
        prompt_cache_key: Union[str, NotGiven, Omit] = omit,
        prompt_cache_options: _G = omit,
        prompt_cache_retention: Union[str, None, NotGiven, Omit] = omit,
        reasoning: _G = omit,
        safety_identifier: Union[str, NotGiven, Omit] = omit,
        service_tier: Union[str, None, NotGiven, Omit] = omit,
        store: Union[bool, None, NotGiven, Omit] = omit,
        stream: Union[bool, None, NotGiven, Omit] = omit,
        stream_options: _G = omit,
        temperature: Union[float, None, NotGiven, Omit] = omit,
        text: _G = omit,
        tool_choice: _G = omit,
        tools: Union[Iterable[Any], NotGiven, Omit] = omit,
        top_logprobs: Union[int, None, NotGiven, Omit] = omit,
        top_p: Union[float, None, NotGiven, Omit] = omit,
        truncation: Union[str, None, NotGiven, Omit] = omit,
        user: Union[str, NotGiven, Omit] = omit,
    ) -> R:
        """Send ``response.create`` with the body fields of ``POST /responses`` (streaming
        is implicit over the WebSocket)."""
        fields = dict(locals())
        del fields["self"]
        return self._send(_event("response.create", **fields))


# Body keys of the beta ``response.create`` event, in the order they are written.
_BETA_CREATE_FIELDS = (
    "background", "context_management", "conversation", "include", "input", "instructions",
    "max_output_tokens", "max_tool_calls", "metadata", "model", "moderation", "multi_agent",
    "parallel_tool_calls", "previous_response_id", "prompt", "prompt_cache_key", "prompt_cache_options",
    "prompt_cache_retention", "reasoning", "safety_identifier", "service_tier", "store", "stream",
    "stream_options", "temperature", "text", "tool_choice", "tools", "top_logprobs", "top_p",
    "truncation", "user",
)


class BetaResponsesResponseResource(ResponsesResponseResource[R]):
    def create(self, *, multi_agent: _G = omit, **params: Any) -> R:
        """``response.create`` of the beta Responses API: the same fields plus
        ``multi_agent``."""
        unknown = sorted(set(params) - set(_BETA_CREATE_FIELDS))
        if unknown:
            raise TypeError(f"create() got unexpected keyword argument(s): {', '.join(unknown)}")
        params["multi_agent"] = multi_agent
        fields = {name: params[name] for name in _BETA_CREATE_FIELDS if name in params}
        return self._send(_event("response.create", **fields))

    def inject(self, *, input: Iterable[Any], response_id: str) -> R:
        """Send ``response.inject``: add input items (e.g. tool outputs) to an active response."""
        return self._send(_event("response.inject", input=input, response_id=response_id))

