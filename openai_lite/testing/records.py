"""What the fake server remembers about each request it received."""
from __future__ import annotations

import json
import time
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple

from .multipart import MultipartError, Part, boundary_of, parse_multipart

__all__ = ["Headers", "RecordedRequest", "FileField"]

FileField = Tuple[Optional[str], Optional[str], bytes]
"""(filename, content_type, content) of one uploaded file part."""


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive header mapping that keeps the names as sent.

    A repeated header is joined with ", " for ``[]``/``get``; ``get_all`` gives each value.
    """

    def __init__(self, items: Iterable[Tuple[str, str]] = ()) -> None:
        self._items: List[Tuple[str, str]] = list(items)
        self._joined: Dict[str, Tuple[str, str]] = {}
        for name, value in self._items:
            key = name.lower()
            if key in self._joined:
                first, joined = self._joined[key]
                self._joined[key] = (first, joined + ", " + value)
            else:
                self._joined[key] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._joined[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._joined

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._joined.values())

    def __len__(self) -> int:
        return len(self._joined)

    def get_all(self, name: str) -> List[str]:
        key = name.lower()
        return [value for n, value in self._items if n.lower() == key]

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"


class RecordedRequest:
    """One request as the fake server saw it.

    ``json`` is the parsed body when it is JSON (else None); for multipart bodies ``form``
    maps ordinary field names to values and ``files`` maps file field names to
    ``(filename, content_type, bytes)``; ``parts`` keeps every part in order, which matters
    for repeated names such as ``image[]``.  ``query`` keeps the last value of a repeated
    query key, ``query_items`` all of them.  A request on an Azure OpenAI path
    (``/openai/deployments/<name>/...``) has ``azure`` set and the name in ``deployment``.
    """

    def __init__(self, method: str, target: str, headers: Headers, body: bytes, *,
                 route: Optional[str] = None, path_params: Optional[Dict[str, str]] = None,
                 timestamp: Optional[float] = None) -> None:
        from urllib.parse import parse_qsl, urlsplit

        self.method = method.upper()
        self.target = target
        split = urlsplit(target)
        self.path: str = split.path
        self.query_items: List[Tuple[str, str]] = parse_qsl(split.query, keep_blank_values=True)
        self.query: Dict[str, str] = dict(self.query_items)
        self.headers = headers
        self.body = body
        self.route = route
        self.path_params: Dict[str, str] = dict(path_params or {})
        self.azure = False
        self.deployment: Optional[str] = None
        self.timestamp = time.time() if timestamp is None else timestamp
        self.json: Any = None
        self.json_error: Optional[str] = None
        self.form: Dict[str, str] = {}
        self.files: Dict[str, FileField] = {}
        self.parts: List[Part] = []
        self.multipart_error: Optional[str] = None
        self._parse_body()

    def _parse_body(self) -> None:
        content_type = self.headers.get("content-type", "")
        boundary = boundary_of(content_type) if content_type else None
        if boundary is not None:
            try:
                self.parts = parse_multipart(self.body, boundary)
            except MultipartError as exc:
                self.multipart_error = str(exc)
                return
            for part in self.parts:
                if part.filename is not None:
                    self.files[part.name] = (part.filename, part.content_type, part.data)
                else:
                    self.form[part.name] = part.data.decode("utf-8", "replace")
            return
        if not self.body:
            return
        try:
            # JSON is tried whatever the Content-Type says: urllib labels any body it sends
            # as form data unless told otherwise, and the fake should not be stricter than
            # the tests that use it need.
            self.json = json.loads(self.body)
            return
        except ValueError as exc:  # includes UnicodeDecodeError
            error = str(exc)
        if content_type.split(";")[0].strip().lower() == "application/x-www-form-urlencoded":
            from urllib.parse import parse_qsl

            self.form = dict(parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True))
            return
        self.json_error = error

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def param(self, name: str, default: Any = None) -> Any:
        """A request parameter wherever the API reads it from: JSON body or form field."""
        if isinstance(self.json, dict) and name in self.json:
            return self.json[name]
        if name in self.form:
            return self.form[name]
        return default

    @property
    def stream(self) -> bool:
        """Whether the request asked for a streamed answer (body, form or query)."""
        value = self.param("stream", self.query.get("stream"))
        return value is True or (isinstance(value, str) and value.lower() == "true")

    def __repr__(self) -> str:
        return f"<RecordedRequest {self.method} {self.target} route={self.route!r}>"
