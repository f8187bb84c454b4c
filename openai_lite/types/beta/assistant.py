from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel
from ..shared.metadata import Metadata
from .assistant_response_format_option import AssistantResponseFormatOption
from .assistant_tool import AssistantTool

__all__ = ["Assistant"]


class ToolResourcesCodeInterpreter(BaseModel):
    file_ids: Optional[List[str]] = None


class ToolResourcesFileSearch(BaseModel):
    vector_store_ids: Optional[List[str]] = None


class ToolResources(BaseModel):
    code_interpreter: Optional[ToolResourcesCodeInterpreter] = None
    file_search: Optional[ToolResourcesFileSearch] = None


class Assistant(BaseModel):
    id: str
    object: Literal["assistant"]
    created_at: int
    name: Optional[str] = None
    description: Optional[str] = None
    model: str
    instructions: Optional[str] = None
    tools: List[AssistantTool]
    tool_resources: Optional[ToolResources] = None
    metadata: Optional[Metadata] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    response_format: Optional[AssistantResponseFormatOption] = None
