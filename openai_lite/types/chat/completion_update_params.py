from __future__ import annotations

from typing import Optional, TypedDict

from ..shared_params.metadata import Metadata

__all__ = ["CompletionUpdateParams"]


class CompletionUpdateParams(TypedDict):
    metadata: Optional[Metadata]
