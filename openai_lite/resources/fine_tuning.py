from __future__ import annotations

from .._resource import APIResource

__all__ = ["FineTuning"]


class FineTuning(APIResource):
    """The fine_tuning API; its methods are declared with the rest of the API surface."""
