from __future__ import annotations


from .._models import BaseModel

__all__ = ["EvalDeleteResponse"]


class EvalDeleteResponse(BaseModel):
    object: str
    deleted: bool
    eval_id: str
