from __future__ import annotations

from .._resource import APIResource

__all__ = ["Responses"]


class Responses(APIResource):
    """The responses API; its methods are declared with the rest of the API surface."""
