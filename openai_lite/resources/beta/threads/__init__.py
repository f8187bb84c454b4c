from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast, Dict, Iterable, Literal, Mapping, Optional, overload, Union

from ...._params import collect
from ...._resource import APIResource, subresource
from ...._types import NOT_GIVEN, NotGiven
from ....core.paths import format_path
from ....types.beta.assistant_stream_event import AssistantStreamEvent
from ....types.beta.thread import Thread
from ....types.beta.thread_deleted import ThreadDeleted
from ....types.beta.threads.run import Run
from ..._common import Body, Headers, Query, TimeoutArg
from ..._steps import Steps, plain
from ..._steps import run as drive
from .._assistant_events import helper_headers, stream_manager

if TYPE_CHECKING:
    from ...._streaming import Stream
    from .runs import Runs
    from ._stream_methods import AssistantStreamMethod
    from .messages import Messages

__all__ = ["Threads"]

_BETA = {"OpenAI-Beta": "assistants=v2"}


class Threads(APIResource):
    runs: Runs = subresource(".resources.beta.threads.runs:Runs")
    messages: Messages = subresource(".resources.beta.threads.messages:Messages")

    def create(
        self,
        *,
        messages: Union[Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        tool_resources: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Thread:
        body = collect(locals(), ("messages", "metadata", "tool_resources"))
        return self._request("POST", "/threads", cast_to=Thread, body=body, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Thread:
        path = format_path("/threads/{thread_id}", thread_id=thread_id)
        return self._request("GET", path, cast_to=Thread, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def update(
        self,
        thread_id: str,
        *,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        tool_resources: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Thread:
        body = collect(locals(), ("metadata", "tool_resources"))
        path = format_path("/threads/{thread_id}", thread_id=thread_id)
        return self._request("POST", path, cast_to=Thread, body=body, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ThreadDeleted:
        path = format_path("/threads/{thread_id}", thread_id=thread_id)
        return self._request("DELETE", path, cast_to=ThreadDeleted, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    # <generated overloads: create_and_run>
    @overload
    def create_and_run(self, *, assistant_id: str, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, thread: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
    @overload
    def create_and_run(self, *, assistant_id: str, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: Literal[True], temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, thread: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[AssistantStreamEvent]: ...
    @overload
    def create_and_run(self, *, assistant_id: str, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: bool, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, thread: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Run, Stream[AssistantStreamEvent]]: ...
    # </generated overloads: create_and_run>
    def create_and_run(
        self,
        *,
        assistant_id: str,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        max_completion_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_prompt_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        model: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        response_format: Optional[Union[Literal["auto"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        thread: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        tool_choice: Optional[Union[Literal["none", "auto", "required"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        tool_resources: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[Run, Stream[AssistantStreamEvent]]":
        body = collect(locals(), (
            "assistant_id", "instructions", "max_completion_tokens", "max_prompt_tokens",
            "metadata", "model", "parallel_tool_calls", "response_format", "stream", "temperature",
            "thread", "tool_choice", "tool_resources", "tools", "top_p", "truncation_strategy",
        ))
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request("POST", "/threads/runs",
                             cast_to=AssistantStreamEvent if streaming else Run, stream=streaming,
                             body=body, headers=_BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def create_and_run_poll(
        self,
        *,
        assistant_id: str,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        max_completion_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_prompt_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        model: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        response_format: Optional[Union[Literal["auto"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        thread: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        tool_choice: Optional[Union[Literal["none", "auto", "required"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        tool_resources: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Run:
        """``create_and_run``, then poll the run until it ends or needs tool outputs."""
        args = {k: v for k, v in locals().items() if k not in ("self", "poll_interval_ms")}
        return drive(self._client, self._create_and_run_poll_steps(args, poll_interval_ms))

    def _create_and_run_poll_steps(self, args: Dict[str, Any], poll_interval_ms: Union[int, NotGiven]) -> Steps:
        threads = plain(self)
        # The helper never streams: the SDK sends `"stream": false` explicitly.
        run = yield (lambda: threads.create_and_run(stream=False, **args))
        return (yield from threads.runs._poll_steps(run.id, run.thread_id, args["extra_headers"], args["extra_query"],
                                                    args["extra_body"], args["timeout"], poll_interval_ms))

    def _create_and_run_stream(self, *, event_handler: Any = None, extra_headers: Headers = None,
                               extra_query: Query = None, extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN,
                               **params: Any) -> Any:
        threads = plain(self)
        headers = helper_headers("threads.create_and_run_stream", event_handler, extra_headers)
        return stream_manager(self._client, lambda: threads.create_and_run(
            stream=True, extra_headers=headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout,
            **params), event_handler)

    # A method in all but declaration (see resources/beta/threads/_stream_methods.py).
    create_and_run_stream: AssistantStreamMethod = cast("AssistantStreamMethod", _create_and_run_stream)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from ._stream_methods import AsyncAssistantStreamMethod
    from .messages import AsyncMessages
    from .runs import AsyncRuns
    from openai_lite._async_names import AsyncStream

    class AsyncThreads:
        with_raw_response: Any
        with_streaming_response: Any
        runs: AsyncRuns
        messages: AsyncMessages
        async def create(self, *, messages: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Thread: ...
        async def retrieve(self, thread_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Thread: ...
        async def update(self, thread_id: str, *, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Thread: ...
        async def delete(self, thread_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ThreadDeleted: ...
        @overload
        async def create_and_run(self, *, assistant_id: str, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, thread: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        @overload
        async def create_and_run(self, *, assistant_id: str, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: Literal[True], temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, thread: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[AssistantStreamEvent]: ...
        @overload
        async def create_and_run(self, *, assistant_id: str, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: bool, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, thread: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Run, AsyncStream[AssistantStreamEvent]]: ...
        async def create_and_run(self, *args: Any, **kwargs: Any) -> Any: ...
        async def create_and_run_poll(self, *, assistant_id: str, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, thread: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        create_and_run_stream: AsyncAssistantStreamMethod

else:
    AsyncThreads = Threads
