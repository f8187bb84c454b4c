from __future__ import annotations

from typing import Literal, Optional, TypedDict

__all__ = ["ResponseInputFileParam"]


class _Required(TypedDict):
    type: Literal["input_file"]


class ResponseInputFileParam(_Required, total=False):
    file_data: str
    file_id: Optional[str]
    file_url: str
    filename: str
