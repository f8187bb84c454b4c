"""A small multipart/form-data parser for the fake server's request records.

Written for test traffic rather than the open internet: the whole body is already in
memory, so parsing is a split on the boundary.  It still has to be tolerant, because the
point of the fake is to accept what any client library produces: quoted or unquoted
boundaries, bare LF line endings, preambles and epilogues, RFC 2231 / 5987 encoded
filenames and percent-escaped quotes.
"""
from __future__ import annotations

import re
from email.message import Message
from typing import Dict, List, NamedTuple, Optional, Tuple
from urllib.parse import unquote

__all__ = ["Part", "parse_multipart", "boundary_of", "MultipartError"]


class MultipartError(ValueError):
    """The body does not follow the multipart framing it claims."""


class Part(NamedTuple):
    name: str
    filename: Optional[str]
    content_type: Optional[str]
    headers: Dict[str, str]
    data: bytes


def boundary_of(content_type: str) -> Optional[str]:
    msg = Message()
    msg["content-type"] = content_type
    if msg.get_content_type() != "multipart/form-data":
        return None
    value = msg.get_param("boundary")
    if isinstance(value, tuple):  # RFC 2231 form; nobody sends it but it must not crash
        value = value[2]
    return str(value) if value else None


_HEADER_END = re.compile(rb"\r?\n\r?\n")


def _parse_headers(block: bytes) -> Dict[str, str]:
    headers: Dict[str, str] = {}
    last = ""
    for raw in re.split(rb"\r?\n", block):
        if not raw:
            continue
        line = raw.decode("utf-8", "replace")
        if line[:1] in (" ", "\t") and last:  # obsolete folding: continue the previous value
            headers[last] += " " + line.strip()
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise MultipartError(f"malformed part header line: {line!r}")
        last = name.strip().lower()
        headers[last] = value.strip()
    return headers


def _disposition(value: str) -> Tuple[Optional[str], Optional[str]]:
    msg = Message()
    msg["content-disposition"] = value
    name = msg.get_param("name", header="content-disposition")
    if isinstance(name, tuple):
        name = name[2]
    # get_filename() decodes filename* (RFC 2231/5987) and prefers it over filename.
    filename = msg.get_filename()
    if filename is not None and "%22" in filename:
        # Browsers and some HTTP libraries escape a quote inside the quoted string this way.
        filename = unquote(filename)
    return (str(name) if name is not None else None), filename


def _delimiters(data: bytes, delimiter: bytes) -> List[Tuple[int, int, bool]]:
    """(start, end, is_closing) of each real delimiter line in ``data``.

    The delimiter text only counts when followed by ``--`` (the close delimiter) or by
    optional padding and a line break; anything else is part of some part's content.
    """
    found: List[Tuple[int, int, bool]] = []
    pos = 0
    while True:
        at = data.find(delimiter, pos)
        if at < 0:
            return found
        after = at + len(delimiter)
        if data.startswith(b"--", after):
            found.append((at, after + 2, True))
            return found
        line_end = data.find(b"\n", after)
        if line_end >= 0 and not data[after:line_end].strip(b" \t\r"):
            found.append((at, line_end + 1, False))
            pos = line_end + 1
        else:
            pos = after


def parse_multipart(body: bytes, boundary: str) -> List[Part]:
    """Split ``body`` into its parts, in order.  Raises MultipartError on bad framing."""
    # A delimiter only counts at the start of a line; the leading line break added here
    # lets the first one (at offset 0) match like the rest.
    data = b"\r\n" + body
    marks = _delimiters(data, b"\n--" + boundary.encode("latin-1"))
    if not marks:
        raise MultipartError("multipart body has no boundary delimiter")
    if not marks[-1][2]:
        raise MultipartError("multipart body is not terminated by the closing boundary")
    parts: List[Part] = []
    for (_, start, _closing), (end, _, _) in zip(marks, marks[1:]):
        piece = data[start:end]
        # The line break before the next delimiter belongs to the delimiter, not the data
        # (its "\n" starts the delimiter match; a "\r" may remain).
        if piece.endswith(b"\r"):
            piece = piece[:-1]
        if piece.startswith(b"\r\n") or piece.startswith(b"\n"):
            headers_block, content = b"", piece[2 if piece.startswith(b"\r\n") else 1:]
        else:
            match = _HEADER_END.search(piece)
            if match is None:
                raise MultipartError("part headers are not terminated by a blank line")
            headers_block, content = piece[:match.start()], piece[match.end():]
        headers = _parse_headers(headers_block)
        name, filename = _disposition(headers.get("content-disposition", ""))
        if name is None:
            raise MultipartError("part has no Content-Disposition name")
        parts.append(Part(name, filename, headers.get("content-type"), headers, content))
    return parts
