from __future__ import annotations

from typing import Dict, List, Literal, Optional, Union

from ..._models import BaseModel
from .computer_tool import ComputerTool
from .custom_tool import CustomTool
from .file_search_tool import FileSearchTool
from .function_tool import FunctionTool
from .web_search_tool import WebSearchTool

__all__ = ["Tool", "Mcp", "CodeInterpreter", "ImageGeneration", "LocalShell"]


class Mcp(BaseModel):
    server_label: str
    type: Literal["mcp"]
    allowed_tools: Optional[Union[List[str], Dict[str, object]]] = None
    authorization: Optional[str] = None
    connector_id: Optional[str] = None
    headers: Optional[Dict[str, str]] = None
    require_approval: Optional[Union[Dict[str, object], str]] = None
    server_description: Optional[str] = None
    server_url: Optional[str] = None


class CodeInterpreter(BaseModel):
    # a container id, or {"type": "auto", "file_ids": [...]}
    container: Union[str, Dict[str, object]]
    type: Literal["code_interpreter"]


class ImageGeneration(BaseModel):
    type: Literal["image_generation"]
    background: Optional[str] = None
    input_fidelity: Optional[str] = None
    input_image_mask: Optional[Dict[str, object]] = None
    model: Optional[str] = None
    moderation: Optional[str] = None
    output_compression: Optional[int] = None
    output_format: Optional[str] = None
    partial_images: Optional[int] = None
    quality: Optional[str] = None
    size: Optional[str] = None


class LocalShell(BaseModel):
    type: Literal["local_shell"]


Tool = Union[FunctionTool, FileSearchTool, ComputerTool, WebSearchTool, Mcp, CodeInterpreter,
             ImageGeneration, LocalShell, CustomTool]
