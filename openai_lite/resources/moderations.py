from __future__ import annotations

from .._resource import APIResource

__all__ = ["Moderations"]


class Moderations(APIResource):
    """The moderations API; its methods are declared with the rest of the API surface."""
