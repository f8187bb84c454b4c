from __future__ import annotations

from .._resource import APIResource

__all__ = ["Realtime"]


class Realtime(APIResource):
    """The realtime API; its methods are declared with the rest of the API surface."""
