from __future__ import annotations

from typing import List, Literal, Union

from ....._models import BaseModel

__all__ = ["CodeInterpreterToolCall"]


class CodeInterpreterOutputLogs(BaseModel):
    type: Literal["logs"]
    logs: str


class CodeInterpreterOutputImageImage(BaseModel):
    file_id: str


class CodeInterpreterOutputImage(BaseModel):
    type: Literal["image"]
    image: CodeInterpreterOutputImageImage


class CodeInterpreter(BaseModel):
    input: str
    outputs: List[Union[CodeInterpreterOutputLogs, CodeInterpreterOutputImage]]


class CodeInterpreterToolCall(BaseModel):
    id: str
    type: Literal["code_interpreter"]
    code_interpreter: CodeInterpreter
