from __future__ import annotations

from typing import List, Literal, Optional, Union

from ...._models import BaseModel

__all__ = ["Data"]


class UserMessageInputText(BaseModel):
    type: Literal["input_text"]
    text: str


class UserMessageQuotedText(BaseModel):
    type: Literal["quoted_text"]
    text: str


class Attachment(BaseModel):
    type: Literal["image", "file"]
    id: str
    name: str
    mime_type: str
    preview_url: Optional[str] = None


class ToolChoice(BaseModel):
    id: str


class InferenceOptions(BaseModel):
    tool_choice: Optional[ToolChoice] = None
    model: Optional[str] = None


class UserMessageItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.user_message"]
    content: List[Union[UserMessageInputText, UserMessageQuotedText]]
    attachments: List[Attachment]
    inference_options: Optional[InferenceOptions] = None


class FileAnnotationSource(BaseModel):
    type: Literal["file"]
    filename: str


class FileAnnotation(BaseModel):
    type: Literal["file"]
    source: FileAnnotationSource


class UrlAnnotationSource(BaseModel):
    type: Literal["url"]
    url: str


class UrlAnnotation(BaseModel):
    type: Literal["url"]
    source: UrlAnnotationSource


class ResponseOutputText(BaseModel):
    type: Literal["output_text"]
    text: str
    annotations: List[Union[FileAnnotation, UrlAnnotation]]


class AssistantMessageItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.assistant_message"]
    content: List[ResponseOutputText]


class WidgetMessageItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.widget"]
    widget: str


class ClientToolCallItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.client_tool_call"]
    status: Literal["in_progress", "completed"]
    call_id: str
    name: str
    arguments: str
    output: Optional[str] = None


class TaskItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.task"]
    task_type: Literal["custom", "thought"]
    heading: Optional[str] = None
    summary: Optional[str] = None


class TaskGroupTask(BaseModel):
    type: Literal["custom", "thought"]
    heading: Optional[str] = None
    summary: Optional[str] = None


class TaskGroupItem(BaseModel):
    id: str
    object: Literal["chatkit.thread_item"]
    created_at: int
    thread_id: str
    type: Literal["chatkit.task_group"]
    tasks: List[TaskGroupTask]


Data = Union[UserMessageItem, AssistantMessageItem, WidgetMessageItem, ClientToolCallItem, TaskItem, TaskGroupItem]
