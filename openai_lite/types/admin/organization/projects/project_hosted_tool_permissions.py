from __future__ import annotations


from ....._models import BaseModel

__all__ = ["ProjectHostedToolPermissions"]


class HostedToolPermission(BaseModel):
    enabled: bool


class ProjectHostedToolPermissions(BaseModel):
    file_search: HostedToolPermission
    web_search: HostedToolPermission
    image_generation: HostedToolPermission
    mcp: HostedToolPermission
    code_interpreter: HostedToolPermission
