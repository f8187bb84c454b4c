from __future__ import annotations

from typing import Literal

__all__ = ["ModerationModel"]

ModerationModel = Literal[
    "omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest",
    "text-moderation-stable",
]
