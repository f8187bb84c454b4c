from __future__ import annotations

from typing import Literal

__all__ = ["ImageModel"]

ImageModel = Literal[
    "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21", "dall-e-2", "dall-e-3", "gpt-image-1",
    "gpt-image-1-mini", "chatgpt-image-latest",
]
