"""Admin API types (``openai.types.admin``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "organization": ".organization",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from . import organization as organization
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
