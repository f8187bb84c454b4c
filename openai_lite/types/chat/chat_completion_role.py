from __future__ import annotations

from typing import Literal

__all__ = ["ChatCompletionRole"]

ChatCompletionRole = Literal["developer", "system", "user", "assistant", "tool", "function"]
