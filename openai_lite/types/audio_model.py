from __future__ import annotations

from typing import Literal

__all__ = ["AudioModel"]

AudioModel = Literal[
    "whisper-1", "gpt-transcribe", "gpt-4o-transcribe", "gpt-4o-mini-transcribe", "gpt-4o-mini-transcribe-2025-12-15",
    "gpt-4o-transcribe-diarize",
]
