from __future__ import annotations

from typing import Literal, TypedDict, Union

from .response_input_message_content_list_param import ResponseInputMessageContentListParam

__all__ = ["EasyInputMessageParam"]


class _Required(TypedDict):
    content: Union[str, ResponseInputMessageContentListParam]
    role: Literal["user", "assistant", "system", "developer"]


class EasyInputMessageParam(_Required, total=False):
    type: Literal["message"]
