from __future__ import annotations

from .._resource import APIResource

__all__ = ["Webhooks"]


class Webhooks(APIResource):
    """The webhooks API; its methods are declared with the rest of the API surface."""
