from __future__ import annotations

from .._resource import APIResource

__all__ = ["Containers"]


class Containers(APIResource):
    """The containers API; its methods are declared with the rest of the API surface."""
