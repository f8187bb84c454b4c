from __future__ import annotations

from typing import Literal

__all__ = ["ChatCompletionModality"]

ChatCompletionModality = Literal["text", "audio"]
