"""Stream helpers built on the SSE streams (the SDK's ``openai.lib.streaming``).

The Assistants event handlers are exported here as the SDK does; they live with the beta
resources and load on first use."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ...resources.beta._assistant_events import (AssistantEventHandler, AssistantEventHandlerT,
                                                      AssistantStreamManager, AsyncAssistantEventHandler,
                                                      AsyncAssistantEventHandlerT,
                                                      AsyncAssistantStreamManager)

__all__ = ["AssistantEventHandler", "AssistantEventHandlerT", "AssistantStreamManager",
           "AsyncAssistantEventHandler", "AsyncAssistantEventHandlerT", "AsyncAssistantStreamManager"]


def __getattr__(name: str) -> "Any":
    if name in __all__:
        from ...resources.beta import _assistant_events

        value = getattr(_assistant_events, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
