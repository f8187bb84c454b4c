from __future__ import annotations

from .._resource import APIResource

__all__ = ["Images"]


class Images(APIResource):
    """The images API; its methods are declared with the rest of the API surface."""
