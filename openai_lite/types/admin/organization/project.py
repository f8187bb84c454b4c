from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["Project"]


class Project(BaseModel):
    id: str
    object: Literal["organization.project"]
    name: Optional[str] = None
    created_at: int
    archived_at: Optional[int] = None
    status: Optional[str] = None
    external_key_id: Optional[str] = None
    residency: Optional[Literal[
        "GLOBAL", "US_STORAGE_PROCESSING", "EU_STORAGE_PROCESSING", "JP_STORAGE", "KR_STORAGE",
        "CA_STORAGE", "SG_STORAGE", "IN_STORAGE", "AU_STORAGE", "GB_STORAGE", "AE_STORAGE",
        "AE_STORAGE_PROCESSING"
    ]] = None
