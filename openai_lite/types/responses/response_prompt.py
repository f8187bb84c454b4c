from __future__ import annotations

from typing import Dict, Optional

from ..._models import BaseModel

__all__ = ["ResponsePrompt"]


class ResponsePrompt(BaseModel):
    id: str
    # each value is a string or an input_text / input_image / input_file part
    variables: Optional[Dict[str, object]] = None
    version: Optional[str] = None
