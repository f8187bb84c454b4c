from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel
from ..shared.metadata import Metadata

__all__ = ["Thread"]


class ToolResourcesCodeInterpreter(BaseModel):
    file_ids: Optional[List[str]] = None


class ToolResourcesFileSearch(BaseModel):
    vector_store_ids: Optional[List[str]] = None


class ToolResources(BaseModel):
    code_interpreter: Optional[ToolResourcesCodeInterpreter] = None
    file_search: Optional[ToolResourcesFileSearch] = None


class Thread(BaseModel):
    id: str
    object: Literal["thread"]
    created_at: int
    tool_resources: Optional[ToolResources] = None
    metadata: Optional[Metadata] = None
