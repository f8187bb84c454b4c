from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Literal, Mapping, Optional, Union, overload

from ..._params import collect
from ..._resource import APIResource
from ..._types import NOT_GIVEN, NotGiven
from ...core.multipart import extract_files
from ...types.audio.transcription import Transcription
from ...types.audio.transcription_diarized import TranscriptionDiarized
from ...types.audio.transcription_stream_event import TranscriptionStreamEvent
from ...types.audio.transcription_verbose import TranscriptionVerbose
from .._common import Body, Headers, Query, TimeoutArg
from ..files import FileTypes

if TYPE_CHECKING:
    from ..._streaming import Stream

__all__ = ["Transcriptions"]

_FIELDS = (
    "file", "model", "chunking_strategy", "include", "keywords", "known_speaker_names",
    "known_speaker_references", "language", "languages", "prompt", "response_format", "stream",
    "temperature", "timestamp_granularities",
)

# What a call returns depends on the `response_format` it asked for (see _result_type).
TranscriptionResult = Union[Transcription, TranscriptionVerbose, TranscriptionDiarized, str]

# For type checkers: the result type follows response_format (tools/gen_async_types.py
# writes these overloads, sync and async, from this table).
_OVERLOADS = {"create": [
    ({"response_format": ("Union[Literal['json'], NotGiven]", True),
      "stream": ("Union[Literal[False], None, NotGiven]", True)}, "Transcription"),
    ({"response_format": ("Literal['verbose_json']", False),
      "stream": ("Union[Literal[False], None, NotGiven]", True)}, "TranscriptionVerbose"),
    ({"response_format": ("Literal['diarized_json']", False),
      "stream": ("Union[Literal[False], None, NotGiven]", True)}, "TranscriptionDiarized"),
    ({"response_format": ("Literal['text', 'srt', 'vtt']", False),
      "stream": ("Union[Literal[False], None, NotGiven]", True)}, "str"),
    ({"stream": ("Literal[True]", False)}, "Stream[TranscriptionStreamEvent]"),
]}

# The JSON formats each have their model; the others come back as plain text.
_JSON_RESULTS: Dict[str, Any] = {
    "json": Transcription, "verbose_json": TranscriptionVerbose, "diarized_json": TranscriptionDiarized,
}


def _result_type(response_format: object) -> Any:
    if isinstance(response_format, NotGiven) or response_format is None:
        return Transcription
    return _JSON_RESULTS.get(str(response_format), str)


class Transcriptions(APIResource):
    # <generated overloads: create>
    @overload
    def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Union[Literal['json'], NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Transcription: ...
    @overload
    def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Literal['verbose_json'], stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> TranscriptionVerbose: ...
    @overload
    def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Literal['diarized_json'], stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> TranscriptionDiarized: ...
    @overload
    def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Literal['text', 'srt', 'vtt'], stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> str: ...
    @overload
    def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Union[Literal['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json'], NotGiven]=NOT_GIVEN, stream: Literal[True], temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[TranscriptionStreamEvent]: ...
    @overload
    def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Union[Literal['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json'], NotGiven]=NOT_GIVEN, stream: Optional[Union[bool, NotGiven]]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[TranscriptionResult, Stream[TranscriptionStreamEvent]]: ...
    # </generated overloads: create>
    def create(
        self,
        *,
        file: FileTypes,
        model: str,
        chunking_strategy: Optional[Union[Literal["auto"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        include: Union[List[Literal["logprobs"]], NotGiven] = NOT_GIVEN,
        keywords: Union[List[str], NotGiven] = NOT_GIVEN,
        known_speaker_names: Union[List[str], NotGiven] = NOT_GIVEN,
        known_speaker_references: Union[List[str], NotGiven] = NOT_GIVEN,
        language: Union[str, NotGiven] = NOT_GIVEN,
        languages: Union[List[str], NotGiven] = NOT_GIVEN,
        prompt: Union[str, NotGiven] = NOT_GIVEN,
        response_format: Union[Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"],
                               NotGiven] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        temperature: Union[float, NotGiven] = NOT_GIVEN,
        timestamp_granularities: Union[List[Literal["word", "segment"]], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[TranscriptionResult, Stream[TranscriptionStreamEvent]]":
        """Transcribe an audio file (multipart upload).

        The result follows ``response_format``: ``Transcription`` for ``json`` (the default),
        ``TranscriptionVerbose`` for ``verbose_json``, ``TranscriptionDiarized`` for
        ``diarized_json``, the text itself for ``text``/``srt``/``vtt``; ``stream=True``
        gives ``TranscriptionStreamEvent`` items.
        """
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        fields, files = extract_files(collect(locals(), _FIELDS), [["file"]])
        return self._request("POST", "/audio/transcriptions",
                             cast_to=TranscriptionStreamEvent if streaming else _result_type(response_format),
                             stream=streaming, body=fields, files=files, multipart=True,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncStream

    class AsyncTranscriptions:
        with_raw_response: Any
        with_streaming_response: Any
        @overload
        async def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Union[Literal['json'], NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Transcription: ...
        @overload
        async def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Literal['verbose_json'], stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> TranscriptionVerbose: ...
        @overload
        async def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Literal['diarized_json'], stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> TranscriptionDiarized: ...
        @overload
        async def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Literal['text', 'srt', 'vtt'], stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> str: ...
        @overload
        async def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Union[Literal['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json'], NotGiven]=NOT_GIVEN, stream: Literal[True], temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[TranscriptionStreamEvent]: ...
        @overload
        async def create(self, *, file: FileTypes, model: str, chunking_strategy: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Union[List[Literal['logprobs']], NotGiven]=NOT_GIVEN, keywords: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_names: Union[List[str], NotGiven]=NOT_GIVEN, known_speaker_references: Union[List[str], NotGiven]=NOT_GIVEN, language: Union[str, NotGiven]=NOT_GIVEN, languages: Union[List[str], NotGiven]=NOT_GIVEN, prompt: Union[str, NotGiven]=NOT_GIVEN, response_format: Union[Literal['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json'], NotGiven]=NOT_GIVEN, stream: Optional[Union[bool, NotGiven]]=NOT_GIVEN, temperature: Union[float, NotGiven]=NOT_GIVEN, timestamp_granularities: Union[List[Literal['word', 'segment']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[TranscriptionResult, AsyncStream[TranscriptionStreamEvent]]: ...
        async def create(self, *args: Any, **kwargs: Any) -> Any: ...

else:
    AsyncTranscriptions = Transcriptions
