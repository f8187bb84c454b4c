from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = ["VideoGetCharacterResponse"]


class VideoGetCharacterResponse(BaseModel):
    id: Optional[str]
    created_at: int
    name: Optional[str]
