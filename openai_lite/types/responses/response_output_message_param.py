from __future__ import annotations

from typing import Iterable, Literal, TypedDict, Union

from .response_output_refusal_param import ResponseOutputRefusalParam
from .response_output_text_param import ResponseOutputTextParam

__all__ = ["ResponseOutputMessageParam", "Content"]

Content = Union[ResponseOutputTextParam, ResponseOutputRefusalParam]


class ResponseOutputMessageParam(TypedDict):
    id: str
    content: Iterable[Content]
    role: Literal["assistant"]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["message"]
