from __future__ import annotations

from typing import Literal, Union

from .assistant_tool_choice import AssistantToolChoice

__all__ = ["AssistantToolChoiceOption"]


AssistantToolChoiceOption = Union[Literal["none", "auto", "required"], AssistantToolChoice]
