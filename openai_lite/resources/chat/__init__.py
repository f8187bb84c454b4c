from __future__ import annotations

from ..._resource import APIResource, subresource

__all__ = ["Chat"]


class Chat(APIResource):
    completions = subresource(".resources.chat.completions:Completions")
