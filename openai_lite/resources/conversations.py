from __future__ import annotations

from .._resource import APIResource

__all__ = ["Conversations"]


class Conversations(APIResource):
    """The conversations API; its methods are declared with the rest of the API surface."""
