"""Models the SDK keeps in ``openai.types.shared``; defined here until that package has them
(the shared package belongs to the whole tree, so they are kept private to this one)."""
from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["Reasoning", "ResponseFormatText", "ResponseFormatJSONObject"]


class Reasoning(BaseModel):
    effort: Optional[str] = None
    generate_summary: Optional[str] = None
    summary: Optional[str] = None


class ResponseFormatText(BaseModel):
    type: Literal["text"]


class ResponseFormatJSONObject(BaseModel):
    type: Literal["json_object"]
