from __future__ import annotations

from typing import Union

from ..._params import collect
from ..._resource import APIResource
from ..._response import BinaryResponseContent, HttpxBinaryResponseContent
from ..._types import NOT_GIVEN, NotGiven
from .._common import Body, Headers, Query, TimeoutArg

__all__ = ["Speech"]


class Speech(APIResource):
    def create(
        self,
        *,
        input: str,
        model: str,
        voice: Union[str, object],
        instructions: Union[str, NotGiven] = NOT_GIVEN,
        response_format: Union[str, NotGiven] = NOT_GIVEN,
        speed: Union[float, NotGiven] = NOT_GIVEN,
        stream_format: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> HttpxBinaryResponseContent:
        """Text to speech; the audio bytes come back whole (stream them with
        ``with_streaming_response``)."""
        body = collect(locals(), ("input", "model", "voice", "instructions", "response_format", "speed",
                                  "stream_format"))
        return self._request("POST", "/audio/speech", cast_to=BinaryResponseContent, body=body,
                             headers={"Accept": "application/octet-stream"}, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)
