"""Upload part types (``openai.types.uploads``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "UploadPart": ".upload_part",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .upload_part import UploadPart as UploadPart
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
