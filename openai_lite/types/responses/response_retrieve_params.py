from __future__ import annotations

from typing import List, Literal, TypedDict, Union

from .response_includable import ResponseIncludable

__all__ = ["ResponseRetrieveParamsBase", "ResponseRetrieveParamsNonStreaming",
           "ResponseRetrieveParamsStreaming", "ResponseRetrieveParams"]


class ResponseRetrieveParamsBase(TypedDict, total=False):
    include: List[ResponseIncludable]
    include_obfuscation: bool
    starting_after: int


class ResponseRetrieveParamsNonStreaming(ResponseRetrieveParamsBase, total=False):
    stream: Literal[False]


class ResponseRetrieveParamsStreaming(ResponseRetrieveParamsBase):
    stream: Literal[True]


ResponseRetrieveParams = Union[ResponseRetrieveParamsNonStreaming, ResponseRetrieveParamsStreaming]
