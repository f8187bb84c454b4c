from __future__ import annotations

from ..._resource import APIResource

__all__ = ["Translations"]


class Translations(APIResource):
    """Audio translations; the methods are declared with the rest of the API surface."""
