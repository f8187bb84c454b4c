from __future__ import annotations

from datetime import date
from typing import Literal, Optional

from .._models import BaseModel

__all__ = ["Model"]


class Model(BaseModel):
    id: str
    created: int
    object: Literal["model"]
    owned_by: str
    shutdown_date: Optional[date] = None
