from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping, Union

from .._params import collect
from .._resource import APIResource
from .._response import BinaryResponseContent, HttpxBinaryResponseContent
from .._types import NOT_GIVEN, NotGiven
from ..core.multipart import extract_files
from ..core.paths import format_path
from ..types.video import Video
from ..types.video_create_character_response import VideoCreateCharacterResponse
from ..types.video_delete_response import VideoDeleteResponse
from ..types.video_get_character_response import VideoGetCharacterResponse
from ..types.video_seconds import VideoSeconds
from ..types.video_size import VideoSize
from ._common import Body, Headers, Query, TimeoutArg
from ._steps import Steps, plain, poll_steps, run, split_files
from .files import FileTypes

if TYPE_CHECKING:
    from .._pagination import SyncConversationCursorPage

__all__ = ["Videos"]

# A video is still being made while in one of these states.
_PENDING = frozenset({"queued", "in_progress"})


class Videos(APIResource):
    def create(
        self,
        *,
        prompt: str,
        input_reference: Union[FileTypes, Mapping[str, str], NotGiven] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        seconds: Union[VideoSeconds, NotGiven] = NOT_GIVEN,
        size: Union[VideoSize, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Video:
        """Start rendering a video (multipart); ``input_reference`` is an image file that
        becomes the first frame, or ``{"image_url": ...}`` / ``{"file_id": ...}``."""
        fields, files = split_files(collect(locals(), ("prompt", "input_reference", "model", "seconds",
                                                       "size")), ["input_reference"])
        return self._request("POST", "/videos", cast_to=Video, body=fields, files=files, multipart=True,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def retrieve(self, video_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
                 extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> Video:
        return self._request("GET", format_path("/videos/{video_id}", video_id=video_id), cast_to=Video,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def list(
        self,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncConversationCursorPage[Video]":
        query = collect(locals(), ("after", "limit", "order"))
        return self._request("GET", "/videos", cast_to=Video, page="conversation", query=query,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def delete(self, video_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
               extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> VideoDeleteResponse:
        return self._request("DELETE", format_path("/videos/{video_id}", video_id=video_id),
                             cast_to=VideoDeleteResponse, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def create_character(
        self,
        *,
        name: str,
        video: FileTypes,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VideoCreateCharacterResponse:
        """A reusable character cut from an uploaded clip (multipart)."""
        fields, files = extract_files(collect(locals(), ("name", "video")), [["video"]])
        return self._request("POST", "/videos/characters", cast_to=VideoCreateCharacterResponse, body=fields,
                             files=files, multipart=True, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def download_content(
        self,
        video_id: str,
        *,
        variant: Union[Literal["video", "thumbnail", "spritesheet"], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> HttpxBinaryResponseContent:
        """The rendered MP4 (or its thumbnail / spritesheet) as bytes."""
        query = collect(locals(), ("variant",))
        return self._request("GET", format_path("/videos/{video_id}/content", video_id=video_id),
                             cast_to=BinaryResponseContent, query=query, headers={"Accept": "application/binary"},
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def edit(
        self,
        *,
        prompt: str,
        video: Union[FileTypes, Mapping[str, str]],
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Video:
        """A new video from an uploaded clip or ``{"id": <video id>}`` (multipart)."""
        fields, files = split_files(collect(locals(), ("prompt", "video")), ["video"])
        return self._request("POST", "/videos/edits", cast_to=Video, body=fields, files=files, multipart=True,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def extend(
        self,
        *,
        prompt: str,
        seconds: VideoSeconds,
        video: Union[FileTypes, Mapping[str, str]],
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Video:
        """Continue a clip or ``{"id": <video id>}`` by ``seconds`` (multipart)."""
        fields, files = split_files(collect(locals(), ("prompt", "seconds", "video")), ["video"])
        return self._request("POST", "/videos/extensions", cast_to=Video, body=fields, files=files,
                             multipart=True, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def get_character(self, character_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
                      extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> VideoGetCharacterResponse:
        return self._request("GET", format_path("/videos/characters/{character_id}", character_id=character_id),
                             cast_to=VideoGetCharacterResponse, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Video:
        """A new video from a finished one and a prompt describing the change."""
        body = collect(locals(), ("prompt",))
        return self._request("POST", format_path("/videos/{video_id}/remix", video_id=video_id), cast_to=Video,
                             body=body, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    # ---- helpers: several requests each -----------------------------------------------------

    def create_and_poll(
        self,
        *,
        prompt: str,
        input_reference: Union[FileTypes, Mapping[str, str], NotGiven] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        seconds: Union[VideoSeconds, NotGiven] = NOT_GIVEN,
        size: Union[VideoSize, NotGiven] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Video:
        """``create`` (the ``extra_*``/``timeout`` arguments apply to it) then ``poll``
        until the video is no longer queued or in progress."""
        create_args = dict(prompt=prompt, input_reference=input_reference, model=model, seconds=seconds,
                           size=size, extra_headers=extra_headers, extra_query=extra_query,
                           extra_body=extra_body, timeout=timeout)
        return run(self._client, self._create_and_poll_steps(create_args, poll_interval_ms))

    def poll(self, video_id: str, *, poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN) -> Video:
        """Retrieve the video until it is completed or failed; between tries wait
        ``poll_interval_ms``, else the server's ``openai-poll-after-ms``, else 1 s."""
        return run(self._client, self._poll_steps(video_id, poll_interval_ms))

    def _poll_steps(self, video_id: str, poll_interval_ms: Union[int, NotGiven]) -> Steps:
        raw = self._view("raw")
        return poll_steps(lambda headers: raw.retrieve(video_id, extra_headers=headers),
                          done=lambda video: video.status not in _PENDING, poll_interval_ms=poll_interval_ms)

    def _create_and_poll_steps(self, create_args: Mapping[str, Any], poll_interval_ms: Union[int, NotGiven]) -> Steps:
        videos = plain(self)
        video = yield (lambda: videos.create(**create_args))
        return (yield from self._poll_steps(video.id, poll_interval_ms))


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncConversationCursorPage, AsyncPaginator

    class AsyncVideos:
        with_raw_response: Any
        with_streaming_response: Any
        async def create(self, *, prompt: str, input_reference: Union[FileTypes, Mapping[str, str], NotGiven]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, seconds: Union[VideoSeconds, NotGiven]=NOT_GIVEN, size: Union[VideoSize, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Video: ...
        async def retrieve(self, video_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Video: ...
        def list(self, *, after: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, order: Union[Literal['asc', 'desc'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[Video, AsyncConversationCursorPage[Video]]: ...
        async def delete(self, video_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VideoDeleteResponse: ...
        async def create_character(self, *, name: str, video: FileTypes, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VideoCreateCharacterResponse: ...
        async def download_content(self, video_id: str, *, variant: Union[Literal['video', 'thumbnail', 'spritesheet'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> HttpxBinaryResponseContent: ...
        async def edit(self, *, prompt: str, video: Union[FileTypes, Mapping[str, str]], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Video: ...
        async def extend(self, *, prompt: str, seconds: VideoSeconds, video: Union[FileTypes, Mapping[str, str]], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Video: ...
        async def get_character(self, character_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VideoGetCharacterResponse: ...
        async def remix(self, video_id: str, *, prompt: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Video: ...
        async def create_and_poll(self, *, prompt: str, input_reference: Union[FileTypes, Mapping[str, str], NotGiven]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, seconds: Union[VideoSeconds, NotGiven]=NOT_GIVEN, size: Union[VideoSize, NotGiven]=NOT_GIVEN, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Video: ...
        async def poll(self, video_id: str, *, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN) -> Video: ...

else:
    AsyncVideos = Videos
