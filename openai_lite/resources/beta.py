from __future__ import annotations

from .._resource import APIResource

__all__ = ["Beta"]


class Beta(APIResource):
    """The beta API; its methods are declared with the rest of the API surface."""
