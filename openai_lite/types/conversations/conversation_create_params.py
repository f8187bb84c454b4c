from __future__ import annotations

from typing import Dict, Iterable, Optional, TypedDict

from ..responses.response_input_item_param import ResponseInputItemParam

__all__ = ["ConversationCreateParams"]


class ConversationCreateParams(TypedDict, total=False):
    items: Optional[Iterable[ResponseInputItemParam]]
    metadata: Optional[Dict[str, str]]
