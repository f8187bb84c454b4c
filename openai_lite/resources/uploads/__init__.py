from __future__ import annotations

import io
import os
from typing import IO, TYPE_CHECKING, Any, Callable, List, Literal, Mapping, Optional, Union

from ..._params import collect
from ..._resource import APIResource, subresource
from ..._types import NOT_GIVEN, NotGiven, Omit, omit
from ...core.paths import format_path
from ...types.upload import Upload
from .._common import Body, Headers, Query, TimeoutArg
from .._steps import Blocking, Steps, plain, run

if TYPE_CHECKING:
    from .parts import Parts

__all__ = ["Uploads"]

# The API's limit for one part.
DEFAULT_PART_SIZE = 64 * 1024 * 1024


class Uploads(APIResource):
    parts: Parts = subresource(".resources.uploads.parts:Parts")

    def create(
        self,
        *,
        bytes: int,
        filename: str,
        mime_type: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        expires_after: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Upload:
        """Start a multi-part upload of ``bytes`` bytes (up to 8 GB); add parts with
        ``parts.create`` and finish with ``complete``."""
        body = collect(locals(), ("bytes", "filename", "mime_type", "purpose", "expires_after"))
        return self._request("POST", "/uploads", cast_to=Upload, body=body, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def cancel(self, upload_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
               extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> Upload:
        return self._request("POST", format_path("/uploads/{upload_id}/cancel", upload_id=upload_id),
                             cast_to=Upload, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def complete(
        self,
        upload_id: str,
        *,
        part_ids: List[str],
        md5: Union[str, NotGiven, Omit] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Upload:
        """Finish an upload: the parts, in this order, become one File (``upload.file``)."""
        body = collect(locals(), ("part_ids", "md5"))
        return self._request("POST", format_path("/uploads/{upload_id}/complete", upload_id=upload_id),
                             cast_to=Upload, body=body, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def upload_file_chunked(
        self,
        *,
        file: Union["os.PathLike[str]", bytes],
        mime_type: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        filename: Optional[str] = None,
        bytes: Optional[int] = None,
        part_size: Optional[int] = None,
        md5: Union[str, Omit] = omit,
    ) -> Upload:
        """Upload a file in parts: ``create``, one ``parts.create`` per ``part_size``
        chunk (default 64 MiB, sent one after another), then ``complete`` with the part
        ids in order.

        ``file`` is a path (read chunk by chunk; ``filename`` and ``bytes`` default to its
        name and size) or the content as ``bytes`` (``filename`` required).
        """
        return run(self._client, self._chunked_steps(file, mime_type, purpose, filename, bytes,
                                                     part_size, md5))

    def _chunked_steps(self, file: Union["os.PathLike[str]", bytes], mime_type: str, purpose: Any,
                       filename: Optional[str], size: Optional[int], part_size: Optional[int],
                       md5: Union[str, Omit]) -> Steps:
        uploads = plain(self)
        chunk = DEFAULT_PART_SIZE if part_size is None else int(part_size)
        if chunk <= 0:
            raise ValueError(f"`part_size` must be positive, got {part_size!r}")
        source: IO[bytes]
        if isinstance(file, (bytes, bytearray, memoryview)):
            if filename is None:
                raise TypeError("The `filename` argument must be given when `file` is bytes")
            if size is None:
                size = len(file)
            source = io.BytesIO(file)
        else:
            if filename is None:
                filename = os.path.basename(os.fsdecode(file))
            if size is None:
                size = os.stat(file).st_size
            source = open(file, "rb", buffering=0)  # noqa: SIM115 - closed in the finally below
        try:
            upload = yield (lambda: uploads.create(bytes=size, filename=filename, mime_type=mime_type,
                                                   purpose=purpose))
            part_ids: List[str] = []
            read: Callable[[], Any] = lambda: _read_exactly(source, chunk)
            while True:
                data_part = yield Blocking(read)
                if not data_part:
                    break
                part = yield _bind(uploads.parts.create, upload.id, data_part)
                part_ids.append(part.id)
            return (yield (lambda: uploads.complete(upload.id, part_ids=part_ids, md5=md5)))
        finally:
            source.close()


def _read_exactly(source: Any, size: int) -> bytes:
    # An unbuffered file may return short reads; a part must be the full size but the last.
    out = bytearray()
    while len(out) < size:
        block = source.read(size - len(out))
        if not block:
            break
        out += block
    return bytes(out)


def _bind(create: Any, upload_id: str, data: Any) -> Callable[[], Any]:
    return lambda: create(upload_id, data=data)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from .parts import AsyncParts

    class AsyncUploads:
        with_raw_response: Any
        with_streaming_response: Any
        parts: AsyncParts
        async def create(self, *, bytes: int, filename: str, mime_type: str, purpose: Literal['assistants', 'batch', 'fine-tune', 'vision'], expires_after: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Upload: ...
        async def cancel(self, upload_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Upload: ...
        async def complete(self, upload_id: str, *, part_ids: List[str], md5: Union[str, NotGiven, Omit]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Upload: ...
        async def upload_file_chunked(self, *, file: Union['os.PathLike[str]', bytes], mime_type: str, purpose: Literal['assistants', 'batch', 'fine-tune', 'vision'], filename: Optional[str]=None, bytes: Optional[int]=None, part_size: Optional[int]=None, md5: Union[str, Omit]=omit) -> Upload: ...

else:
    AsyncUploads = Uploads
