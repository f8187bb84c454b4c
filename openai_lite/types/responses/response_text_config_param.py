from __future__ import annotations

from typing import Literal, Optional, TypedDict

from .response_format_text_config_param import ResponseFormatTextConfigParam

__all__ = ["ResponseTextConfigParam"]


class ResponseTextConfigParam(TypedDict, total=False):
    format: ResponseFormatTextConfigParam
    verbosity: Optional[Literal["low", "medium", "high"]]
