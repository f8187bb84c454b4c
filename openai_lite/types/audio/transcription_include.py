from __future__ import annotations

from typing import Literal

__all__ = ["TranscriptionInclude"]

TranscriptionInclude = Literal["logprobs"]
