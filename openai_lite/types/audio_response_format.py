from __future__ import annotations

from typing import Literal

__all__ = ["AudioResponseFormat"]

AudioResponseFormat = Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"]
