from __future__ import annotations

from typing import List

from .response_input_item_param import (
    FunctionCallOutput as FunctionCallOutput,
    ItemReference as ItemReference,
    Message as Message,
    ResponseInputItemParam,
)

__all__ = ["ResponseInputParam", "ResponseInputItemParam", "Message", "FunctionCallOutput",
           "ItemReference"]

ResponseInputParam = List[ResponseInputItemParam]
