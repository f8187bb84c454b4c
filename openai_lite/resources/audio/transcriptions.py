from __future__ import annotations

from ..._resource import APIResource

__all__ = ["Transcriptions"]


class Transcriptions(APIResource):
    """Audio transcriptions; the methods are declared with the rest of the API surface."""
