from __future__ import annotations

import base64
import sys
from typing import Any, Iterable, List, Union

from .._params import collect
from .._resource import APIResource
from .._types import NOT_GIVEN, NotGiven
from ..types.create_embedding_response import CreateEmbeddingResponse
from ._common import Body, Headers, Query, TimeoutArg

__all__ = ["Embeddings"]

_BODY = ("input", "model", "dimensions", "encoding_format", "user")


def _decode_base64(response: CreateEmbeddingResponse) -> CreateEmbeddingResponse:
    """The SDK asks for base64 (a third of the bytes) and hands back floats."""
    if not response.data:
        raise ValueError("No embedding data received")
    from array import array

    for item in response.data:
        raw = item.embedding
        if isinstance(raw, str):
            floats = array("f")
            floats.frombytes(base64.b64decode(raw))
            if sys.byteorder == "big":
                floats.byteswap()  # the wire format is little-endian float32
            item.embedding = floats.tolist()
    return response


class Embeddings(APIResource):
    def create(
        self,
        *,
        input: Union[str, List[str], Iterable[int], Iterable[Iterable[int]]],
        model: str,
        dimensions: Union[int, NotGiven] = NOT_GIVEN,
        encoding_format: Union[str, NotGiven] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> CreateEmbeddingResponse:
        """Embedding vectors for the input.  Without ``encoding_format`` the vectors travel
        as base64 and are decoded to floats here, as the official SDK does."""
        body: Any = collect(locals(), _BODY)
        post_parser = None
        if isinstance(encoding_format, NotGiven):
            body["encoding_format"] = "base64"
            post_parser = _decode_base64
        return self._request("POST", "/embeddings", cast_to=CreateEmbeddingResponse, body=body,
                             post_parser=post_parser, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)
