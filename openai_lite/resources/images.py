from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Optional, Union, overload

from .._params import collect
from .._resource import APIResource
from .._types import NOT_GIVEN, NotGiven
from ..core.multipart import extract_files
from ..types.image_edit_stream_event import ImageEditStreamEvent
from ..types.image_gen_stream_event import ImageGenStreamEvent
from ..types.images_response import ImagesResponse
from ._common import Body, Headers, Query, TimeoutArg
from .files import FileTypes

if TYPE_CHECKING:
    from .._streaming import Stream

__all__ = ["Images"]

# Required first, then alphabetical: the order the SDK writes body keys (and form fields) in.
_VARIATION_FIELDS = ("image", "model", "n", "response_format", "size", "user")
_EDIT_FIELDS = (
    "image", "prompt", "background", "input_fidelity", "mask", "model", "n", "output_compression",
    "output_format", "partial_images", "quality", "response_format", "size", "stream", "user",
)
_GENERATE_FIELDS = (
    "prompt", "background", "model", "moderation", "n", "output_compression", "output_format",
    "partial_images", "quality", "response_format", "size", "stream", "style", "user",
)


def _streaming(stream: object) -> bool:
    return bool(stream) and not isinstance(stream, NotGiven)


class Images(APIResource):
    def create_variation(
        self,
        *,
        image: FileTypes,
        model: Union[str, None, NotGiven] = NOT_GIVEN,
        n: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        response_format: Optional[Union[Literal["url", "b64_json"], NotGiven]] = NOT_GIVEN,
        size: Optional[Union[Literal["256x256", "512x512", "1024x1024"], NotGiven]] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ImagesResponse:
        """Variations of one image (dall-e-2); multipart upload of ``image``."""
        fields, files = extract_files(collect(locals(), _VARIATION_FIELDS), [["image"]])
        return self._request("POST", "/images/variations", cast_to=ImagesResponse, body=fields,
                             files=files, multipart=True, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    # <generated overloads: edit>
    @overload
    def edit(self, *, image: Union[FileTypes, List[FileTypes]], prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, input_fidelity: Optional[Union[Literal['high', 'low'], NotGiven]]=NOT_GIVEN, mask: Union[FileTypes, NotGiven]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ImagesResponse: ...
    @overload
    def edit(self, *, image: Union[FileTypes, List[FileTypes]], prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, input_fidelity: Optional[Union[Literal['high', 'low'], NotGiven]]=NOT_GIVEN, mask: Union[FileTypes, NotGiven]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: Literal[True], user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[ImageEditStreamEvent]: ...
    @overload
    def edit(self, *, image: Union[FileTypes, List[FileTypes]], prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, input_fidelity: Optional[Union[Literal['high', 'low'], NotGiven]]=NOT_GIVEN, mask: Union[FileTypes, NotGiven]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: bool, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[ImagesResponse, Stream[ImageEditStreamEvent]]: ...
    # </generated overloads: edit>
    def edit(
        self,
        *,
        image: Union[FileTypes, List[FileTypes]],
        prompt: str,
        background: Optional[Union[Literal["transparent", "opaque", "auto"], NotGiven]] = NOT_GIVEN,
        input_fidelity: Optional[Union[Literal["high", "low"], NotGiven]] = NOT_GIVEN,
        mask: Union[FileTypes, NotGiven] = NOT_GIVEN,
        model: Union[str, None, NotGiven] = NOT_GIVEN,
        n: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        output_compression: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        output_format: Optional[Union[Literal["png", "jpeg", "webp"], NotGiven]] = NOT_GIVEN,
        partial_images: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        quality: Optional[Union[Literal["standard", "low", "medium", "high", "auto"], NotGiven]] = NOT_GIVEN,
        response_format: Optional[Union[Literal["url", "b64_json"], NotGiven]] = NOT_GIVEN,
        size: Union[str, None, NotGiven] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[ImagesResponse, Stream[ImageEditStreamEvent]]":
        """Edit or extend images; ``image`` is one file or a list (sent as ``image[]``
        parts); ``stream=True`` gives partial-image events."""
        streaming = _streaming(stream)
        fields, files = extract_files(collect(locals(), _EDIT_FIELDS), [["image"], ["mask"]])
        return self._request("POST", "/images/edits",
                             cast_to=ImageEditStreamEvent if streaming else ImagesResponse,
                             stream=streaming, body=fields, files=files, multipart=True,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    # <generated overloads: generate>
    @overload
    def generate(self, *, prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Literal['low', 'auto'], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, style: Optional[Union[Literal['vivid', 'natural'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ImagesResponse: ...
    @overload
    def generate(self, *, prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Literal['low', 'auto'], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: Literal[True], style: Optional[Union[Literal['vivid', 'natural'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[ImageGenStreamEvent]: ...
    @overload
    def generate(self, *, prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Literal['low', 'auto'], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: bool, style: Optional[Union[Literal['vivid', 'natural'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[ImagesResponse, Stream[ImageGenStreamEvent]]: ...
    # </generated overloads: generate>
    def generate(
        self,
        *,
        prompt: str,
        background: Optional[Union[Literal["transparent", "opaque", "auto"], NotGiven]] = NOT_GIVEN,
        model: Union[str, None, NotGiven] = NOT_GIVEN,
        moderation: Optional[Union[Literal["low", "auto"], NotGiven]] = NOT_GIVEN,
        n: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        output_compression: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        output_format: Optional[Union[Literal["png", "jpeg", "webp"], NotGiven]] = NOT_GIVEN,
        partial_images: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        quality: Optional[Union[Literal["standard", "hd", "low", "medium", "high", "auto"], NotGiven]] = NOT_GIVEN,
        response_format: Optional[Union[Literal["url", "b64_json"], NotGiven]] = NOT_GIVEN,
        size: Union[str, None, NotGiven] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        style: Optional[Union[Literal["vivid", "natural"], NotGiven]] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[ImagesResponse, Stream[ImageGenStreamEvent]]":
        """Create images from a prompt; ``stream=True`` gives partial-image events."""
        streaming = _streaming(stream)
        body = collect(locals(), _GENERATE_FIELDS)
        return self._request("POST", "/images/generations",
                             cast_to=ImageGenStreamEvent if streaming else ImagesResponse,
                             stream=streaming, body=body, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncStream

    class AsyncImages:
        with_raw_response: Any
        with_streaming_response: Any
        async def create_variation(self, *, image: FileTypes, model: Union[str, None, NotGiven]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Optional[Union[Literal['256x256', '512x512', '1024x1024'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ImagesResponse: ...
        @overload
        async def edit(self, *, image: Union[FileTypes, List[FileTypes]], prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, input_fidelity: Optional[Union[Literal['high', 'low'], NotGiven]]=NOT_GIVEN, mask: Union[FileTypes, NotGiven]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ImagesResponse: ...
        @overload
        async def edit(self, *, image: Union[FileTypes, List[FileTypes]], prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, input_fidelity: Optional[Union[Literal['high', 'low'], NotGiven]]=NOT_GIVEN, mask: Union[FileTypes, NotGiven]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: Literal[True], user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[ImageEditStreamEvent]: ...
        @overload
        async def edit(self, *, image: Union[FileTypes, List[FileTypes]], prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, input_fidelity: Optional[Union[Literal['high', 'low'], NotGiven]]=NOT_GIVEN, mask: Union[FileTypes, NotGiven]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: bool, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[ImagesResponse, AsyncStream[ImageEditStreamEvent]]: ...
        async def edit(self, *args: Any, **kwargs: Any) -> Any: ...
        @overload
        async def generate(self, *, prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Literal['low', 'auto'], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, style: Optional[Union[Literal['vivid', 'natural'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ImagesResponse: ...
        @overload
        async def generate(self, *, prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Literal['low', 'auto'], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: Literal[True], style: Optional[Union[Literal['vivid', 'natural'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[ImageGenStreamEvent]: ...
        @overload
        async def generate(self, *, prompt: str, background: Optional[Union[Literal['transparent', 'opaque', 'auto'], NotGiven]]=NOT_GIVEN, model: Union[str, None, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Literal['low', 'auto'], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_compression: Optional[Union[int, NotGiven]]=NOT_GIVEN, output_format: Optional[Union[Literal['png', 'jpeg', 'webp'], NotGiven]]=NOT_GIVEN, partial_images: Optional[Union[int, NotGiven]]=NOT_GIVEN, quality: Optional[Union[Literal['standard', 'hd', 'low', 'medium', 'high', 'auto'], NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['url', 'b64_json'], NotGiven]]=NOT_GIVEN, size: Union[str, None, NotGiven]=NOT_GIVEN, stream: bool, style: Optional[Union[Literal['vivid', 'natural'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[ImagesResponse, AsyncStream[ImageGenStreamEvent]]: ...
        async def generate(self, *args: Any, **kwargs: Any) -> Any: ...

else:
    AsyncImages = Images
