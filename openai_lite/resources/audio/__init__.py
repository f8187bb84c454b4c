from __future__ import annotations

from ..._resource import APIResource, subresource

__all__ = ["Audio"]


class Audio(APIResource):
    speech = subresource(".resources.audio.speech:Speech")
    transcriptions = subresource(".resources.audio.transcriptions:Transcriptions")
    translations = subresource(".resources.audio.translations:Translations")
