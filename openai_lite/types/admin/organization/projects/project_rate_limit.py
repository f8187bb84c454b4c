from __future__ import annotations

from typing import Literal, Optional

from ....._models import BaseModel

__all__ = ["ProjectRateLimit"]


class ProjectRateLimit(BaseModel):
    object: Literal["project.rate_limit"]
    id: str
    model: str
    max_requests_per_1_minute: int
    max_tokens_per_1_minute: int
    max_images_per_1_minute: Optional[int] = None
    max_audio_megabytes_per_1_minute: Optional[int] = None
    max_requests_per_1_day: Optional[int] = None
    batch_1_day_max_input_tokens: Optional[int] = None
