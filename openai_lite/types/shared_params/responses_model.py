from __future__ import annotations

from ..shared.responses_model import ResponsesModel

__all__ = ["ResponsesModel"]
