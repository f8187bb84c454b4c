from __future__ import annotations

from ...._models import GenericModel

__all__ = ["BetaResponseItem"]


class BetaResponseItem(GenericModel):
    """One input item of a beta response; its fields depend on ``type`` (message,
    function_call, ...), all readable as attributes."""
