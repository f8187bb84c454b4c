from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel

__all__ = ["ResponseFunctionWebSearch", "Action", "ActionSearch", "ActionSearchSource",
           "ActionOpenPage", "ActionFind"]


class ActionSearchSource(BaseModel):
    type: Literal["url"]
    url: str


class ActionSearch(BaseModel):
    query: str
    type: Literal["search"]
    sources: Optional[List[ActionSearchSource]] = None


class ActionOpenPage(BaseModel):
    type: Literal["open_page"]
    url: Optional[str] = None


class ActionFind(BaseModel):
    pattern: str
    type: Literal["find"]
    url: str


Action = Union[ActionSearch, ActionOpenPage, ActionFind]


class ResponseFunctionWebSearch(BaseModel):
    id: str
    action: Action
    status: Literal["in_progress", "searching", "completed", "failed"]
    type: Literal["web_search_call"]
