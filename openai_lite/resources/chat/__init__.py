from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import APIResource, subresource

if TYPE_CHECKING:
    from .completions import Completions

__all__ = ["Chat"]


class Chat(APIResource):
    completions: Completions = subresource(".resources.chat.completions:Completions")
