from __future__ import annotations

from typing import Literal

__all__ = ["SpeechModel"]

SpeechModel = Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"]
