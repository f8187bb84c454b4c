"""The types of the Assistants stream helpers (``runs.stream``, ``runs.create_and_stream``,
``runs.submit_tool_outputs_stream``, ``threads.create_and_run_stream``).

Each helper is one function serving both clients; only its result differs (a manager for
``with`` or for ``async with``).  A generated async twin can only say "coroutine", so the
helpers are declared with these protocols, whose ``Async`` names the twins pick up.  The
keyword arguments are those of the call the helper makes (``runs.create``, ...), checked
when it is made.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Protocol, overload

if TYPE_CHECKING:
    from .._assistant_events import (
        AssistantEventHandler, AssistantEventHandlerT, AssistantStreamManager, AsyncAssistantEventHandler,
        AsyncAssistantEventHandlerT, AsyncAssistantStreamManager,
    )

__all__ = ["AssistantStreamMethod", "AsyncAssistantStreamMethod"]


class AssistantStreamMethod(Protocol):
    @overload
    def __call__(self, *, event_handler: None = None, **params: Any) -> AssistantStreamManager[AssistantEventHandler]:
        ...

    @overload
    def __call__(self, *, event_handler: AssistantEventHandlerT,
                 **params: Any) -> AssistantStreamManager[AssistantEventHandlerT]:
        ...

    def __call__(self, *, event_handler: Optional[Any] = None, **params: Any) -> Any:
        ...


class AsyncAssistantStreamMethod(Protocol):
    @overload
    def __call__(self, *, event_handler: None = None,
                 **params: Any) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]:
        ...

    @overload
    def __call__(self, *, event_handler: AsyncAssistantEventHandlerT,
                 **params: Any) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]:
        ...

    def __call__(self, *, event_handler: Optional[Any] = None, **params: Any) -> Any:
        ...
