from __future__ import annotations

from typing import Union

from .image_gen_partial_image_event import ImageGenPartialImageEvent
from .image_gen_completed_event import ImageGenCompletedEvent

__all__ = ["ImageGenStreamEvent"]

# Resolved by `type`.
ImageGenStreamEvent = Union[ImageGenPartialImageEvent, ImageGenCompletedEvent]
