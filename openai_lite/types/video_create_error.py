from __future__ import annotations

from .._models import BaseModel

__all__ = ["VideoCreateError"]


class VideoCreateError(BaseModel):
    code: str
    message: str
