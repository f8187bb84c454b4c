from __future__ import annotations

from typing import Literal, TypedDict, Union

__all__ = ["ChatCompletionCustomToolParam", "Custom", "CustomFormat", "CustomFormatText",
           "CustomFormatGrammar", "CustomFormatGrammarGrammar"]


class CustomFormatText(TypedDict):
    type: Literal["text"]


class CustomFormatGrammarGrammar(TypedDict):
    definition: str
    syntax: Literal["lark", "regex"]


class CustomFormatGrammar(TypedDict):
    grammar: CustomFormatGrammarGrammar
    type: Literal["grammar"]


CustomFormat = Union[CustomFormatText, CustomFormatGrammar]


class _CustomRequired(TypedDict):
    name: str


class Custom(_CustomRequired, total=False):
    description: str
    format: CustomFormat


class ChatCompletionCustomToolParam(TypedDict):
    custom: Custom
    type: Literal["custom"]
