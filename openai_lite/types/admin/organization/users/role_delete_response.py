from __future__ import annotations


from ....._models import BaseModel

__all__ = ["RoleDeleteResponse"]


class RoleDeleteResponse(BaseModel):
    object: str
    deleted: bool
