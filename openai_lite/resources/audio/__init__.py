from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import APIResource, subresource

if TYPE_CHECKING:
    from .speech import Speech
    from .transcriptions import Transcriptions
    from .translations import Translations

__all__ = ["Audio"]


class Audio(APIResource):
    speech: Speech = subresource(".resources.audio.speech:Speech")
    transcriptions: Transcriptions = subresource(".resources.audio.transcriptions:Transcriptions")
    translations: Translations = subresource(".resources.audio.translations:Translations")
