"""The ``openai-beta`` header of the beta Responses endpoints."""
from __future__ import annotations

from typing import Dict, Optional, Sequence, Union

from ..._types import NotGiven

__all__ = ["betas_header"]


def betas_header(betas: Union[Sequence[str], NotGiven],
                 base: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """``base`` plus ``openai-beta: a,b`` when the caller named beta features; nothing is
    sent for an omitted ``betas`` so the server applies its defaults."""
    headers = dict(base or {})
    if not isinstance(betas, NotGiven):
        headers["openai-beta"] = ",".join(str(b) for b in betas)
    return headers
