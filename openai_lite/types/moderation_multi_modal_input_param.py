from __future__ import annotations

from typing import Union

from .moderation_image_url_input_param import ModerationImageURLInputParam
from .moderation_text_input_param import ModerationTextInputParam

__all__ = ["ModerationMultiModalInputParam"]

ModerationMultiModalInputParam = Union[ModerationImageURLInputParam, ModerationTextInputParam]
