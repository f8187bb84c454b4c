from __future__ import annotations

from typing import Optional, TypedDict

from .function_parameters import FunctionParameters

__all__ = ["FunctionDefinition"]


class _FunctionDefinitionRequired(TypedDict):
    name: str


# Required keys live in a total base class: typing.Required is 3.11+ only.
class FunctionDefinition(_FunctionDefinitionRequired, total=False):
    description: str
    parameters: FunctionParameters
    strict: Optional[bool]
