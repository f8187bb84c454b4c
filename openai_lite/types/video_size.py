from __future__ import annotations

from typing import Literal

__all__ = ["VideoSize"]

VideoSize = Literal["720x1280", "1280x720", "1024x1792", "1792x1024"]
