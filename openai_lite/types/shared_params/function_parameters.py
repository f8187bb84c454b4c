from __future__ import annotations

from typing import Dict

__all__ = ["FunctionParameters"]

# A JSON Schema object describing a function's arguments.
FunctionParameters = Dict[str, object]
