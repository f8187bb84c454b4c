from __future__ import annotations

from typing import Dict

__all__ = ["Metadata"]

Metadata = Dict[str, str]
