from __future__ import annotations

from .._resource import APIResource

__all__ = ["Videos"]


class Videos(APIResource):
    """The videos API; its methods are declared with the rest of the API surface."""
