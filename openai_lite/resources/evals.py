from __future__ import annotations

from .._resource import APIResource

__all__ = ["Evals"]


class Evals(APIResource):
    """The evals API; its methods are declared with the rest of the API surface."""
