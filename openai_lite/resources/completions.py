from __future__ import annotations

from .._resource import APIResource

__all__ = ["Completions"]


class Completions(APIResource):
    """The completions API; its methods are declared with the rest of the API surface."""
