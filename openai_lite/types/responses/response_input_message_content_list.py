from __future__ import annotations

from typing import List

from .response_input_content import ResponseInputContent

__all__ = ["ResponseInputMessageContentList"]

ResponseInputMessageContentList = List[ResponseInputContent]
