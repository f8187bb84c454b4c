from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["WebSearchTool", "Filters", "UserLocation"]


class Filters(BaseModel):
    allowed_domains: Optional[List[str]] = None


class UserLocation(BaseModel):
    city: Optional[str] = None
    country: Optional[str] = None
    region: Optional[str] = None
    timezone: Optional[str] = None
    type: Optional[Literal["approximate"]] = None


class WebSearchTool(BaseModel):
    type: Literal["web_search", "web_search_2025_08_26"]
    filters: Optional[Filters] = None
    search_context_size: Optional[Literal["low", "medium", "high"]] = None
    user_location: Optional[UserLocation] = None
