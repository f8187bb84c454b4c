from __future__ import annotations

from ...._models import GenericModel

__all__ = ["BetaResponseStreamEvent"]


class BetaResponseStreamEvent(GenericModel):
    """One server-sent event of a streamed beta response (``response.created``,
    ``response.output_text.delta``, ...): ``type`` and ``sequence_number`` plus the
    fields of that event, all readable as attributes."""
