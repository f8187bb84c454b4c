"""Types shared by several API areas (``openai.types.shared``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "Metadata": ".metadata",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .metadata import Metadata as Metadata
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
