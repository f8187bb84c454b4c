from __future__ import annotations

from .._resource import APIResource

__all__ = ["Uploads"]


class Uploads(APIResource):
    """The uploads API; its methods are declared with the rest of the API surface."""
