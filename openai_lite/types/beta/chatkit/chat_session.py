from __future__ import annotations

from typing import Dict, Literal, Optional, Union

from ...._models import BaseModel

__all__ = ["ChatSession"]


class ChatkitWorkflowTracing(BaseModel):
    enabled: bool


class ChatkitWorkflow(BaseModel):
    id: str
    version: Optional[str] = None
    state_variables: Optional[Dict[str, Union[str, int, bool, float]]] = None
    tracing: ChatkitWorkflowTracing


class ChatSessionRateLimits(BaseModel):
    max_requests_per_1_minute: int


class ChatSessionAutomaticThreadTitling(BaseModel):
    enabled: bool


class ChatSessionFileUpload(BaseModel):
    enabled: bool
    max_file_size: Optional[int] = None
    max_files: Optional[int] = None


class ChatSessionHistory(BaseModel):
    enabled: bool
    recent_threads: Optional[int] = None


class ChatSessionChatkitConfiguration(BaseModel):
    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    file_upload: ChatSessionFileUpload
    history: ChatSessionHistory


class ChatSession(BaseModel):
    id: str
    object: Literal["chatkit.session"]
    expires_at: int
    client_secret: str
    workflow: ChatkitWorkflow
    user: str
    rate_limits: ChatSessionRateLimits
    max_requests_per_1_minute: int
    status: Literal["active", "expired", "cancelled"]
    chatkit_configuration: ChatSessionChatkitConfiguration
