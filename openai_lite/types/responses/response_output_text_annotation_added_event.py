from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseOutputTextAnnotationAddedEvent"]


class ResponseOutputTextAnnotationAddedEvent(BaseModel):
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    sequence_number: int
    annotation: object
    type: Literal["response.output_text.annotation.added"]
