from __future__ import annotations

from typing import List, Literal, Optional, Union

from ....._models import BaseModel

__all__ = ["CodeInterpreterToolCallDelta"]


class CodeInterpreterLogs(BaseModel):
    index: int
    type: Literal["logs"]
    logs: Optional[str] = None


class CodeInterpreterOutputImageImage(BaseModel):
    file_id: Optional[str] = None


class CodeInterpreterOutputImage(BaseModel):
    index: int
    type: Literal["image"]
    image: Optional[CodeInterpreterOutputImageImage] = None


class CodeInterpreter(BaseModel):
    input: Optional[str] = None
    outputs: Optional[List[Union[CodeInterpreterLogs, CodeInterpreterOutputImage]]] = None


class CodeInterpreterToolCallDelta(BaseModel):
    index: int
    id: Optional[str] = None
    type: Literal["code_interpreter"]
    code_interpreter: Optional[CodeInterpreter] = None
