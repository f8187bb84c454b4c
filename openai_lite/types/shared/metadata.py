from __future__ import annotations

from typing import Dict

__all__ = ["Metadata"]

# Up to 16 string pairs the caller attached to an object.
Metadata = Dict[str, str]
