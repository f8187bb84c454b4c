from __future__ import annotations

from typing import Literal, Optional, TypedDict

from ..shared_params.metadata import Metadata

__all__ = ["CompletionListParams"]


class CompletionListParams(TypedDict, total=False):
    after: str
    limit: int
    metadata: Optional[Metadata]
    model: str
    order: Literal["asc", "desc"]
