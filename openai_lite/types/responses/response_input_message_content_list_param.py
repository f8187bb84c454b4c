from __future__ import annotations

from typing import List

from .response_input_content_param import ResponseInputContentParam

__all__ = ["ResponseInputMessageContentListParam", "ResponseInputContentParam"]

ResponseInputMessageContentListParam = List[ResponseInputContentParam]
