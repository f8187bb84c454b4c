from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast, Dict, Iterable, Literal, Mapping, Optional, overload, Sequence, Union

from ....._params import collect
from ....._resource import APIResource, subresource
from ....._types import NOT_GIVEN, NotGiven
from .....core.paths import format_path
from .....types.beta.assistant_stream_event import AssistantStreamEvent
from .....types.beta.threads.run import Run
from ...._common import Body, Headers, Query, TimeoutArg
from ...._steps import Steps as HelperSteps
from ...._steps import plain, poll_steps
from ..._assistant_events import helper_headers, stream_manager
from ...._steps import run as drive

if TYPE_CHECKING:
    from ....._pagination import SyncCursorPage
    from ....._streaming import Stream
    from .._stream_methods import AssistantStreamMethod
    from .steps import Steps

__all__ = ["Runs"]

_BETA = {"OpenAI-Beta": "assistants=v2"}

# `poll` stops here: the run is over, or waits for the caller's tool outputs.
_POLL_DONE = frozenset({"requires_action", "cancelled", "completed", "failed", "expired", "incomplete"})


class Runs(APIResource):
    steps: Steps = subresource(".resources.beta.threads.runs.steps:Steps")

    # <generated overloads: create>
    @overload
    def create(self, thread_id: str, *, assistant_id: str, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, additional_instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
    @overload
    def create(self, thread_id: str, *, assistant_id: str, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, additional_instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: Literal[True], temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[AssistantStreamEvent]: ...
    @overload
    def create(self, thread_id: str, *, assistant_id: str, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, additional_instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: bool, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Run, Stream[AssistantStreamEvent]]: ...
    # </generated overloads: create>
    def create(
        self,
        thread_id: str,
        *,
        assistant_id: str,
        include: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        additional_instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        max_completion_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_prompt_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        model: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        reasoning_effort: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        response_format: Optional[Union[Literal["auto"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        tool_choice: Optional[Union[Literal["none", "auto", "required"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[Run, Stream[AssistantStreamEvent]]":
        query = collect(locals(), ("include",))
        body = collect(locals(), (
            "assistant_id", "additional_instructions", "additional_messages", "instructions",
            "max_completion_tokens", "max_prompt_tokens", "metadata", "model",
            "parallel_tool_calls", "reasoning_effort", "response_format", "stream", "temperature",
            "tool_choice", "tools", "top_p", "truncation_strategy",
        ))
        path = format_path("/threads/{thread_id}/runs", thread_id=thread_id)
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request("POST", path, cast_to=AssistantStreamEvent if streaming else Run,
                             stream=streaming, query=query, body=body, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def retrieve(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Run:
        path = format_path("/threads/{thread_id}/runs/{run_id}", thread_id=thread_id, run_id=run_id)
        return self._request("GET", path, cast_to=Run, headers=_BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def update(
        self,
        run_id: str,
        *,
        thread_id: str,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Run:
        body = collect(locals(), ("metadata",))
        path = format_path("/threads/{thread_id}/runs/{run_id}", thread_id=thread_id, run_id=run_id)
        return self._request("POST", path, cast_to=Run, body=body, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def list(
        self,
        thread_id: str,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        before: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncCursorPage[Run]":
        query = collect(locals(), ("after", "before", "limit", "order"))
        path = format_path("/threads/{thread_id}/runs", thread_id=thread_id)
        return self._request("GET", path, cast_to=Run, page="cursor", query=query, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def cancel(
        self,
        run_id: str,
        *,
        thread_id: str,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Run:
        path = format_path("/threads/{thread_id}/runs/{run_id}/cancel", thread_id=thread_id,
                           run_id=run_id)
        return self._request("POST", path, cast_to=Run, headers=_BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    # <generated overloads: submit_tool_outputs>
    @overload
    def submit_tool_outputs(self, run_id: str, *, thread_id: str, tool_outputs: Iterable[Mapping[str, Any]], stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
    @overload
    def submit_tool_outputs(self, run_id: str, *, thread_id: str, tool_outputs: Iterable[Mapping[str, Any]], stream: Literal[True], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[AssistantStreamEvent]: ...
    @overload
    def submit_tool_outputs(self, run_id: str, *, thread_id: str, tool_outputs: Iterable[Mapping[str, Any]], stream: bool, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Run, Stream[AssistantStreamEvent]]: ...
    # </generated overloads: submit_tool_outputs>
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        tool_outputs: Iterable[Mapping[str, Any]],
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[Run, Stream[AssistantStreamEvent]]":
        body = collect(locals(), ("tool_outputs", "stream"))
        path = format_path("/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
                           thread_id=thread_id, run_id=run_id)
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request("POST", path, cast_to=AssistantStreamEvent if streaming else Run,
                             stream=streaming, body=body, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def create_and_poll(
        self,
        *,
        assistant_id: str,
        include: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        additional_instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        max_completion_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_prompt_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        model: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        reasoning_effort: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        response_format: Optional[Union[Literal["auto"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        tool_choice: Optional[Union[Literal["none", "auto", "required"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        thread_id: str,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Run:
        """``create`` a run, then ``poll`` it until it ends or needs tool outputs."""
        args = {k: v for k, v in locals().items() if k not in ("self", "poll_interval_ms", "thread_id")}
        return drive(self._client, self._create_and_poll_steps(thread_id, args, poll_interval_ms))

    def poll(
        self,
        run_id: str,
        thread_id: str,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Run:
        """Retrieve the run until its status is terminal or ``requires_action``; between
        tries wait ``poll_interval_ms``, else the server's ``openai-poll-after-ms``, else 1 s."""
        return drive(self._client, self._poll_steps(run_id, thread_id, extra_headers, extra_query,
                                                    extra_body, timeout, poll_interval_ms))

    def submit_tool_outputs_and_poll(
        self,
        *,
        tool_outputs: Iterable[Mapping[str, Any]],
        run_id: str,
        thread_id: str,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Run:
        """``submit_tool_outputs``, then ``poll`` the run again."""
        return drive(self._client, self._submit_and_poll_steps(
            run_id, thread_id, tool_outputs, extra_headers, extra_query, extra_body, timeout,
            poll_interval_ms))

    # ---- helper steps: written once, driven by either client (see resources/_steps.py) ----

    def _poll_steps(self, run_id: str, thread_id: str, extra_headers: Headers, extra_query: Query,
                    extra_body: Body, timeout: TimeoutArg, poll_interval_ms: Union[int, NotGiven]) -> HelperSteps:
        raw = self._view("raw")

        def fetch(poll: Mapping[str, str]) -> Any:
            # the caller's headers win over the helper's markers, as in the SDK
            return raw.retrieve(run_id, thread_id=thread_id, extra_headers={**poll, **(extra_headers or {})},
                                extra_query=extra_query, extra_body=extra_body, timeout=timeout)

        return poll_steps(fetch, done=lambda run: run.status in _POLL_DONE, poll_interval_ms=poll_interval_ms)

    def _create_and_poll_steps(self, thread_id: str, args: Dict[str, Any],
                               poll_interval_ms: Union[int, NotGiven]) -> HelperSteps:
        runs = plain(self)
        # The helper never streams: the SDK sends `"stream": false` explicitly.
        created = yield (lambda: runs.create(thread_id, stream=False, **args))
        return (yield from self._poll_steps(created.id, thread_id, args["extra_headers"], args["extra_query"],
                                            args["extra_body"], args["timeout"], poll_interval_ms))

    def _submit_and_poll_steps(self, run_id: str, thread_id: str, tool_outputs: Iterable[Mapping[str, Any]],
                               extra_headers: Headers, extra_query: Query, extra_body: Body,
                               timeout: TimeoutArg, poll_interval_ms: Union[int, NotGiven]) -> HelperSteps:
        runs = plain(self)
        submitted = yield (lambda: runs.submit_tool_outputs(
            run_id, thread_id=thread_id, tool_outputs=tool_outputs, stream=False, extra_headers=extra_headers,
            extra_query=extra_query, extra_body=extra_body, timeout=timeout))
        return (yield from self._poll_steps(submitted.id, thread_id, extra_headers, extra_query, extra_body,
                                            timeout, poll_interval_ms))

    # ---- stream helpers: a manager that sends the request when entered -----------------------

    def _create_stream(self, *, thread_id: str, event_handler: Any = None, extra_headers: Headers = None,
                       extra_query: Query = None, extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN,
                       **params: Any) -> Any:
        runs = plain(self)
        # `stream` and `create_and_stream` share the helper name on the wire, as in the SDK
        headers = helper_headers("threads.runs.create_and_stream", event_handler, extra_headers)
        return stream_manager(self._client, lambda: runs.create(
            thread_id, stream=True, extra_headers=headers, extra_query=extra_query, extra_body=extra_body,
            timeout=timeout, **params), event_handler)

    def _submit_stream(self, *, tool_outputs: Iterable[Mapping[str, Any]], run_id: str, thread_id: str,
                       event_handler: Any = None, extra_headers: Headers = None, extra_query: Query = None,
                       extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> Any:
        runs = plain(self)
        headers = helper_headers("threads.runs.submit_tool_outputs_stream", event_handler, extra_headers)
        return stream_manager(self._client, lambda: runs.submit_tool_outputs(
            run_id, thread_id=thread_id, tool_outputs=tool_outputs, stream=True, extra_headers=headers,
            extra_query=extra_query, extra_body=extra_body, timeout=timeout), event_handler)

    # Methods in all but declaration: typed as protocols so the async twins can say they
    # return an `async with` manager rather than a coroutine.
    stream: AssistantStreamMethod = cast("AssistantStreamMethod", _create_stream)
    create_and_stream: AssistantStreamMethod = cast("AssistantStreamMethod", _create_stream)
    submit_tool_outputs_stream: AssistantStreamMethod = cast("AssistantStreamMethod", _submit_stream)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from .._stream_methods import AsyncAssistantStreamMethod
    from .steps import AsyncSteps
    from openai_lite._async_names import AsyncCursorPage, AsyncPaginator, AsyncStream

    class AsyncRuns:
        with_raw_response: Any
        with_streaming_response: Any
        steps: AsyncSteps
        @overload
        async def create(self, thread_id: str, *, assistant_id: str, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, additional_instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        @overload
        async def create(self, thread_id: str, *, assistant_id: str, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, additional_instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: Literal[True], temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[AssistantStreamEvent]: ...
        @overload
        async def create(self, thread_id: str, *, assistant_id: str, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, additional_instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, stream: bool, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Run, AsyncStream[AssistantStreamEvent]]: ...
        async def create(self, *args: Any, **kwargs: Any) -> Any: ...
        async def retrieve(self, run_id: str, *, thread_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        async def update(self, run_id: str, *, thread_id: str, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        def list(self, thread_id: str, *, after: Union[str, NotGiven]=NOT_GIVEN, before: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, order: Union[Literal['asc', 'desc'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[Run, AsyncCursorPage[Run]]: ...
        async def cancel(self, run_id: str, *, thread_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        @overload
        async def submit_tool_outputs(self, run_id: str, *, thread_id: str, tool_outputs: Iterable[Mapping[str, Any]], stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        @overload
        async def submit_tool_outputs(self, run_id: str, *, thread_id: str, tool_outputs: Iterable[Mapping[str, Any]], stream: Literal[True], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[AssistantStreamEvent]: ...
        @overload
        async def submit_tool_outputs(self, run_id: str, *, thread_id: str, tool_outputs: Iterable[Mapping[str, Any]], stream: bool, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Run, AsyncStream[AssistantStreamEvent]]: ...
        async def submit_tool_outputs(self, *args: Any, **kwargs: Any) -> Any: ...
        async def create_and_poll(self, *, assistant_id: str, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, additional_instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, additional_messages: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_prompt_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Optional[Union[str, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: Optional[Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation_strategy: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN, thread_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        async def poll(self, run_id: str, thread_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN) -> Run: ...
        async def submit_tool_outputs_and_poll(self, *, tool_outputs: Iterable[Mapping[str, Any]], run_id: str, thread_id: str, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Run: ...
        stream: AsyncAssistantStreamMethod
        create_and_stream: AsyncAssistantStreamMethod
        submit_tool_outputs_stream: AsyncAssistantStreamMethod

else:
    AsyncRuns = Runs
