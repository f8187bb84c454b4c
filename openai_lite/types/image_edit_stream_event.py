from __future__ import annotations

from typing import Union

from .image_edit_partial_image_event import ImageEditPartialImageEvent
from .image_edit_completed_event import ImageEditCompletedEvent

__all__ = ["ImageEditStreamEvent"]

# Resolved by `type`.
ImageEditStreamEvent = Union[ImageEditPartialImageEvent, ImageEditCompletedEvent]
