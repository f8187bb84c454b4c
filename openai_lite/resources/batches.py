from __future__ import annotations

from .._resource import APIResource

__all__ = ["Batches"]


class Batches(APIResource):
    """The batches API; its methods are declared with the rest of the API surface."""
