from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel
from .response_format_text_config import ResponseFormatTextConfig

__all__ = ["ResponseTextConfig"]


class ResponseTextConfig(BaseModel):
    format: Optional[ResponseFormatTextConfig] = None
    verbosity: Optional[Literal["low", "medium", "high"]] = None
