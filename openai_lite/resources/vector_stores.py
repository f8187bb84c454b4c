from __future__ import annotations

from .._resource import APIResource

__all__ = ["VectorStores"]


class VectorStores(APIResource):
    """The vector_stores API; its methods are declared with the rest of the API surface."""
