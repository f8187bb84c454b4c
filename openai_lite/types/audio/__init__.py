"""Audio types (``openai.types.audio``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "SpeechModel": ".speech_model",
    "Transcription": ".transcription",
    "TranscriptionCreateResponse": ".transcription_create_response",
    "TranscriptionDiarized": ".transcription_diarized",
    "TranscriptionDiarizedSegment": ".transcription_diarized_segment",
    "TranscriptionInclude": ".transcription_include",
    "TranscriptionSegment": ".transcription_segment",
    "TranscriptionStreamEvent": ".transcription_stream_event",
    "TranscriptionTextDeltaEvent": ".transcription_text_delta_event",
    "TranscriptionTextDoneEvent": ".transcription_text_done_event",
    "TranscriptionTextSegmentEvent": ".transcription_text_segment_event",
    "TranscriptionVerbose": ".transcription_verbose",
    "TranscriptionWord": ".transcription_word",
    "Translation": ".translation",
    "TranslationCreateResponse": ".translation_create_response",
    "TranslationVerbose": ".translation_verbose",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .speech_model import SpeechModel as SpeechModel
    from .transcription import Transcription as Transcription
    from .transcription_create_response import (
        TranscriptionCreateResponse as TranscriptionCreateResponse,
    )
    from .transcription_diarized import TranscriptionDiarized as TranscriptionDiarized
    from .transcription_diarized_segment import (
        TranscriptionDiarizedSegment as TranscriptionDiarizedSegment,
    )
    from .transcription_include import TranscriptionInclude as TranscriptionInclude
    from .transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .transcription_stream_event import TranscriptionStreamEvent as TranscriptionStreamEvent
    from .transcription_text_delta_event import (
        TranscriptionTextDeltaEvent as TranscriptionTextDeltaEvent,
    )
    from .transcription_text_done_event import (
        TranscriptionTextDoneEvent as TranscriptionTextDoneEvent,
    )
    from .transcription_text_segment_event import (
        TranscriptionTextSegmentEvent as TranscriptionTextSegmentEvent,
    )
    from .transcription_verbose import TranscriptionVerbose as TranscriptionVerbose
    from .transcription_word import TranscriptionWord as TranscriptionWord
    from .translation import Translation as Translation
    from .translation_create_response import TranslationCreateResponse as TranslationCreateResponse
    from .translation_verbose import TranslationVerbose as TranslationVerbose
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
