from __future__ import annotations

from typing import Dict, Literal, Optional, TypedDict, Union

from .response_input_param import ResponseInputParam

__all__ = ["ResponseCompactParams"]


class _Required(TypedDict):
    model: str


class ResponseCompactParams(_Required, total=False):
    input: Union[str, ResponseInputParam, None]
    instructions: Optional[str]
    previous_response_id: Optional[str]
    prompt_cache_key: Optional[str]
    prompt_cache_options: Dict[str, object]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]]
