"""Resources: a method is its verb, path, params and result type; the rest lives here.

A resource class serves both clients.  ``self._request(...)`` hands the call to the
client, which returns the result (sync), an awaitable (async), or a raw/streamed
response wrapper when the resource was reached through ``with_raw_response`` /
``with_streaming_response``.
"""
from __future__ import annotations

import sys

from ._timeout import Timeout
from ._types import NOT_GIVEN, NotGiven, Omit
from .core.options import RequestOptions

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union

__all__ = ["APIResource", "subresource", "lazy_class", "make_options"]

Mode = str  # "plain" | "raw" | "stream"


_lazy_cache: Dict[str, Any] = {}


def lazy_class(path: str) -> Any:
    """Import ``"package.module:Name"`` on first use, so unused resources cost nothing."""
    try:
        return _lazy_cache[path]
    except KeyError:
        module, _, name = path.partition(":")
        # not importlib.import_module(module, __package__): importlib imports warnings
        qualified = __package__ + module if module.startswith(".") else module
        __import__(qualified)
        value = _lazy_cache[path] = getattr(sys.modules[qualified], name)
        return value


class _SubResource:
    """A child resource created on first access and cached on the instance."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: Optional[type] = None) -> Any:
        if obj is None:
            return self
        cls = lazy_class(self.target)
        value = cls(obj._client, obj._mode)
        obj.__dict__[self.name] = value  # later lookups bypass this descriptor
        return value


def subresource(target: str) -> Any:
    """Declare a child resource by import path; typed as Any so a class-level annotation
    (``completions: Completions = subresource(...)``) gives type checkers the real type."""
    return _SubResource(target)


def make_options(
    method: str,
    path: str,
    *,
    body: object = None,
    query: Optional[Mapping[str, object]] = None,
    files: Optional[List[Tuple[str, Any]]] = None,
    multipart: bool = False,
    content: Optional[bytes] = None,
    headers: Optional[Mapping[str, Union[str, Omit]]] = None,
    extra_headers: Optional[Mapping[str, Union[str, Omit]]] = None,
    extra_query: Optional[Mapping[str, object]] = None,
    extra_body: Optional[Mapping[str, object]] = None,
    timeout: "Union[float, Timeout, None, NotGiven]" = NOT_GIVEN,
    security: str = "bearer",
) -> RequestOptions:
    if not (query or extra_query or headers or extra_headers):  # most calls: nothing to merge
        return RequestOptions(
            method, path, json_data=body, files=files, content=content,
            extra_json=extra_body if method.upper() != "GET" else None, timeout=timeout,
            security=security, multipart=multipart,
        )
    params: Dict[str, object] = {}
    if query:
        params.update({k: v for k, v in query.items() if not isinstance(v, (NotGiven, Omit))})
    if extra_query:
        params.update(extra_query)
    hdrs: Dict[str, Union[str, Omit]] = {}
    if headers:
        hdrs.update(headers)
    if extra_headers:
        hdrs.update(extra_headers)
    return RequestOptions(
        method, path, params=params, headers=hdrs, json_data=body, files=files, content=content,
        extra_json=extra_body if method.upper() != "GET" else None, timeout=timeout,
        security=security, multipart=multipart,
    )


class APIResource:
    """Base of every resource: knows its client and whether it is a raw/streamed view."""

    def __init__(self, client: Any, mode: Mode = "plain") -> None:
        self._client = client
        self._mode = mode

    @property
    def with_raw_response(self) -> Any:
        return self._view("raw")

    @property
    def with_streaming_response(self) -> Any:
        return self._view("stream")

    def _view(self, mode: Mode) -> Any:
        key = "_view_" + mode
        view = self.__dict__.get(key)
        if view is None:
            view = type(self)(self._client, mode)
            self.__dict__[key] = view
        return view

    def _request(
        self,
        method: str,
        path: str,
        *,
        cast_to: Any,
        body: object = None,
        query: Optional[Mapping[str, object]] = None,
        files: Optional[List[Tuple[str, Any]]] = None,
        multipart: bool = False,
        content: Optional[bytes] = None,
        headers: Optional[Mapping[str, Union[str, Omit]]] = None,
        extra_headers: Optional[Mapping[str, Union[str, Omit]]] = None,
        extra_query: Optional[Mapping[str, object]] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: "Union[float, Timeout, None, NotGiven]" = NOT_GIVEN,
        stream: bool = False,
        page: Optional[str] = None,
        security: str = "bearer",
        post_parser: Optional[Callable[[Any], Any]] = None,
    ) -> Any:
        options = make_options(
            method, path, body=body, query=query, files=files, multipart=multipart, content=content,
            headers=headers, extra_headers=extra_headers, extra_query=extra_query,
            extra_body=extra_body, timeout=timeout, security=security,
        )
        return self._client._execute(options, cast_to=cast_to, stream=stream, page=page,
                                     mode=self._mode, post_parser=post_parser)
