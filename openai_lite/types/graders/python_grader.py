from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["PythonGrader"]


class PythonGrader(BaseModel):
    type: Literal["python"]
    name: str
    source: str
    image_tag: Optional[str] = None
