from __future__ import annotations

from typing import Iterable, List, Literal, TypedDict, Union

from .embedding_model import EmbeddingModel

__all__ = ["EmbeddingCreateParams"]


class _EmbeddingCreateParamsRequired(TypedDict):
    input: Union[str, List[str], Iterable[int], Iterable[Iterable[int]]]
    model: Union[str, EmbeddingModel]


class EmbeddingCreateParams(_EmbeddingCreateParamsRequired, total=False):
    dimensions: int
    encoding_format: Literal["float", "base64"]
    user: str
