"""Assistants thread types (``openai.types.beta.threads``): runs, messages and their deltas, loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "FileCitationAnnotation": ".file_citation_annotation",
    "FileCitationDeltaAnnotation": ".file_citation_delta_annotation",
    "FilePathAnnotation": ".file_path_annotation",
    "FilePathDeltaAnnotation": ".file_path_delta_annotation",
    "ImageFileContentBlock": ".image_file_content_block",
    "ImageFileDeltaBlock": ".image_file_delta_block",
    "ImageURLContentBlock": ".image_url_content_block",
    "ImageURLDeltaBlock": ".image_url_delta_block",
    "Message": ".message",
    "MessageContent": ".message_content",
    "MessageContentDelta": ".message_content_delta",
    "MessageDeleted": ".message_deleted",
    "MessageDelta": ".message_delta",
    "MessageDeltaEvent": ".message_delta_event",
    "RefusalContentBlock": ".refusal_content_block",
    "RefusalDeltaBlock": ".refusal_delta_block",
    "RequiredActionFunctionToolCall": ".required_action_function_tool_call",
    "Run": ".run",
    "RunStatus": ".run_status",
    "TextContentBlock": ".text_content_block",
    "TextDeltaBlock": ".text_delta_block",
    "runs": ".runs",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .file_citation_annotation import FileCitationAnnotation as FileCitationAnnotation
    from .file_citation_delta_annotation import FileCitationDeltaAnnotation as FileCitationDeltaAnnotation
    from .file_path_annotation import FilePathAnnotation as FilePathAnnotation
    from .file_path_delta_annotation import FilePathDeltaAnnotation as FilePathDeltaAnnotation
    from .image_file_content_block import ImageFileContentBlock as ImageFileContentBlock
    from .image_file_delta_block import ImageFileDeltaBlock as ImageFileDeltaBlock
    from .image_url_content_block import ImageURLContentBlock as ImageURLContentBlock
    from .image_url_delta_block import ImageURLDeltaBlock as ImageURLDeltaBlock
    from .message import Message as Message
    from .message_content import MessageContent as MessageContent
    from .message_content_delta import MessageContentDelta as MessageContentDelta
    from .message_deleted import MessageDeleted as MessageDeleted
    from .message_delta import MessageDelta as MessageDelta
    from .message_delta_event import MessageDeltaEvent as MessageDeltaEvent
    from .refusal_content_block import RefusalContentBlock as RefusalContentBlock
    from .refusal_delta_block import RefusalDeltaBlock as RefusalDeltaBlock
    from .required_action_function_tool_call import RequiredActionFunctionToolCall as RequiredActionFunctionToolCall
    from .run import Run as Run
    from .run_status import RunStatus as RunStatus
    from .text_content_block import TextContentBlock as TextContentBlock
    from .text_delta_block import TextDeltaBlock as TextDeltaBlock
    from . import runs as runs
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
