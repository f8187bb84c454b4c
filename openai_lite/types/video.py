from __future__ import annotations

from typing import Literal, Optional

from .._models import BaseModel
from .video_create_error import VideoCreateError
from .video_model import VideoModel
from .video_seconds import VideoSeconds
from .video_size import VideoSize

__all__ = ["Video"]


class Video(BaseModel):
    id: str
    completed_at: Optional[int]
    created_at: int
    error: Optional[VideoCreateError]
    expires_at: Optional[int]
    model: VideoModel
    object: Literal["video"]
    progress: int
    prompt: Optional[str]
    remixed_from_video_id: Optional[str]
    seconds: VideoSeconds
    size: VideoSize
    status: Literal["queued", "in_progress", "completed", "failed"]
