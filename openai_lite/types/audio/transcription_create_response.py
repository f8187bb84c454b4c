from __future__ import annotations

from typing import Union

from .transcription import Transcription
from .transcription_diarized import TranscriptionDiarized
from .transcription_verbose import TranscriptionVerbose

__all__ = ["TranscriptionCreateResponse"]

# What `transcriptions.create` returns for a JSON `response_format`; the method picks the
# member from the format it was given, never by looking at the payload.
TranscriptionCreateResponse = Union[Transcription, TranscriptionDiarized, TranscriptionVerbose]
