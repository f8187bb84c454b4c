from __future__ import annotations

from typing import Literal

__all__ = ["VideoSeconds"]

# The API takes the duration as a string.
VideoSeconds = Literal["4", "8", "12"]
