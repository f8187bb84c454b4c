"""multipart/form-data bodies for file uploads (wire rules of the official SDK)."""
from __future__ import annotations

import io
import os
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from .._types import NotGiven, Omit
from .query import flatten_params

__all__ = [
    "FileInput",
    "FilePart",
    "encode_multipart",
    "extract_files",
    "to_file_part",
    "file_from_path",
    "is_file_input",
]

# What callers may pass for a file (see wire.md §7); kept loose on purpose because the
# tuple forms mix filenames, contents and header mappings.
FileInput = Union[bytes, io.IOBase, "os.PathLike[str]", Tuple[Any, ...]]
# (filename or None, content, content type or None, extra part headers)
FilePart = Tuple[Optional[str], bytes, Optional[str], Dict[str, str]]

_DOCS = "https://github.com/openai/openai-python/tree/main#file-uploads"
_OCTET = "application/octet-stream"
_ARRAY = "<array>"


def _invalid(name: str, value: object) -> RuntimeError:
    return RuntimeError(
        f"Expected entry at `{name}` to be bytes, an io.IOBase instance, PathLike or a tuple "
        f"but received {type(value)} instead. See {_DOCS}"
    )


def is_file_input(value: object) -> bool:
    # A plain str is deliberately not accepted: it is ambiguous (path or content?).
    return isinstance(value, (bytes, tuple, io.IOBase, os.PathLike))


def _guess_type(filename: str) -> str:
    import mimetypes  # reads the system's mime.types on first use; only uploads pay it

    return mimetypes.guess_type(filename)[0] or _OCTET


def file_from_path(path: Union[str, "os.PathLike[str]"]) -> Tuple[str, bytes]:
    """Read ``path`` fully; return ``(basename, contents)`` like ``openai.file_from_path``."""
    with open(path, "rb") as fh:
        contents = fh.read()
    return os.path.basename(os.fsdecode(path)), contents


def _read_io(name: str, fileobj: io.IOBase) -> bytes:
    # Bodies are rebuilt on every retry attempt, so always send the whole file, not
    # whatever is left after the previous attempt consumed it.
    try:
        if fileobj.seekable():
            fileobj.seek(0)
    except (OSError, ValueError):
        pass
    data = fileobj.read()
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"File at `{name}` was opened in text mode; open it in binary mode ('rb')")


def _io_filename(fileobj: io.IOBase) -> str:
    raw = getattr(fileobj, "name", None)
    # `open(fd)` gives an int name; BytesIO has none at all.
    if isinstance(raw, (str, bytes)):
        base = os.path.basename(os.fsdecode(raw))
        if base:
            return base
    return "upload"


def _read_content(name: str, content: object) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, io.IOBase):
        return _read_io(name, content)
    if isinstance(content, os.PathLike):
        return file_from_path(content)[1]
    if isinstance(content, str):
        # The SDK's transport accepts text content inside a tuple and sends it as UTF-8.
        return content.encode("utf-8")
    raise _invalid(name, content)


def to_file_part(name: str, value: object) -> FilePart:
    """Normalise one file input into ``(filename, content, content_type, headers)``."""
    if isinstance(value, bytes):
        return "upload", value, _OCTET, {}
    if isinstance(value, os.PathLike):
        filename, data = file_from_path(value)
        return filename, data, _guess_type(filename), {}
    if isinstance(value, io.IOBase):
        filename = _io_filename(value)
        return filename, _read_io(name, value), _guess_type(filename), {}
    if not isinstance(value, tuple):
        raise _invalid(name, value)
    if not 2 <= len(value) <= 4:
        raise TypeError(
            f"File tuple at `{name}` must have 2 to 4 items "
            f"(filename, content[, content_type[, headers]]), got {len(value)}"
        )
    tuple_name: Optional[str] = None if value[0] is None else str(value[0])
    content = _read_content(name, value[1])
    content_type = value[2] if len(value) >= 3 else None
    extra = value[3] if len(value) == 4 and value[3] else {}
    headers = {str(k): str(v) for k, v in dict(extra).items()}
    if content_type is None and tuple_name:
        content_type = _guess_type(tuple_name)
    return tuple_name, content, None if content_type is None else str(content_type), headers


def extract_files(
    params: Mapping[str, object], paths: List[List[str]]
) -> Tuple[Dict[str, object], List[Tuple[str, FileInput]]]:
    """Move the file values found at ``paths`` out of ``params``.

    Returns ``(remaining_params, [(part_name, file_input), ...])``; ``params`` itself is
    not modified (containers along each path are copied).  Part names follow the path:
    ``file``, ``documents[][file]``; a list at the end of a path yields ``name[]`` parts.
    """
    remaining: Dict[str, object] = dict(params)
    files: List[Tuple[str, FileInput]] = []
    for path in paths:
        if path:
            _extract(remaining, path, 0, path[0], files)
    return remaining, files


def _extract(
    container: Dict[str, object], path: List[str], index: int, part: str,
    files: List[Tuple[str, FileInput]],
) -> None:
    key = path[index]
    if key not in container:
        return
    value = container[key]
    if index == len(path) - 1:
        del container[key]
        _collect(value, part, files)
        return
    nxt = path[index + 1]
    if nxt == _ARRAY:
        if not isinstance(value, list):
            return
        copied: List[object] = []
        for item in value:
            if index + 2 < len(path) and isinstance(item, Mapping):
                item_copy = dict(item)
                _extract(item_copy, path, index + 2, f"{part}[][{path[index + 2]}]", files)
                copied.append(item_copy)
            elif index + 2 == len(path):
                _collect(item, part + "[]", files)
            else:
                copied.append(item)
        if index + 2 == len(path):
            del container[key]
        else:
            container[key] = copied
    elif isinstance(value, Mapping):
        sub = dict(value)
        _extract(sub, path, index + 1, f"{part}[{nxt}]", files)
        container[key] = sub


def _collect(value: object, part: str, files: List[Tuple[str, FileInput]]) -> None:
    if isinstance(value, (NotGiven, Omit)):
        return
    if isinstance(value, list):
        # `image=[a, b]` for a path that ends at `image`: one `image[]` part per file.
        for item in value:
            _collect(item, part + "[]", files)
        return
    if not isinstance(value, (bytes, tuple, io.IOBase, os.PathLike)):
        raise _invalid(part, value)
    files.append((part, value))


def _quote(value: str) -> bytes:
    # What browsers do (WHATWG multipart/form-data): only these three would break the
    # quoted-string / header line, everything else goes out as raw UTF-8.
    return (
        value.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A").encode("utf-8")
    )


def _check_header(text: str) -> str:
    if "\r" in text or "\n" in text:
        raise ValueError(f"Invalid multipart header text {text!r}: contains CR or LF")
    return text


def encode_multipart(
    fields: Mapping[str, object],
    files: Sequence[Tuple[str, object]],
    boundary: Optional[str] = None,
) -> Tuple[bytes, str]:
    """Build a multipart/form-data body: ordinary fields first, then the files.

    Returns ``(body, content_type)``; a random 32-hex-digit boundary unless one is given
    (a caller-supplied ``Content-Type`` header fixes it).
    """
    if boundary is None:
        boundary = os.urandom(16).hex()
    elif not boundary or len(boundary) > 70 or "\r" in boundary or "\n" in boundary:
        raise ValueError(f"Invalid multipart boundary {boundary!r}")
    delimiter = b"--" + boundary.encode("ascii") + b"\r\n"
    chunks: List[bytes] = []
    for name, text in flatten_params(fields):
        chunks += (
            delimiter,
            b'Content-Disposition: form-data; name="', _quote(name), b'"\r\n\r\n',
            text.encode("utf-8"), b"\r\n",
        )
    for name, value in files:
        filename, content, content_type, headers = to_file_part(name, value)
        chunks += (delimiter, b'Content-Disposition: form-data; name="', _quote(name), b'"')
        if filename:
            chunks += (b'; filename="', _quote(filename), b'"')
        has_type = any(k.lower() == "content-type" for k in headers)
        if content_type is not None and not has_type:
            chunks += (b"\r\nContent-Type: ", _check_header(content_type).encode("utf-8"))
        for key, val in headers.items():
            chunks += (
                b"\r\n", _check_header(key).encode("utf-8"), b": ",
                _check_header(val).encode("utf-8"),
            )
        chunks += (b"\r\n\r\n", content, b"\r\n")
    chunks.append(b"--" + boundary.encode("ascii") + b"--\r\n")
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"
