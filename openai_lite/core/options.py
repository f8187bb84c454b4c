"""One call's request description, before any attempt is built from it."""
from __future__ import annotations

from .._timeout import Timeout
from .._types import NOT_GIVEN, NotGiven, Omit

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

__all__ = ["RequestOptions", "Security"]

Security = str  # "bearer" | "admin" | "any"


class RequestOptions:
    """Everything a call specifies.  Attempts are rebuilt from this pristine value, so a
    retry never sees state a previous attempt changed."""

    __slots__ = ("method", "url", "params", "headers", "json_data", "files", "content",
                 "extra_json", "timeout", "max_retries", "follow_redirects", "security",
                 "multipart")

    def __init__(
        self,
        method: str,
        url: str,
        *,
        params: Optional[Mapping[str, object]] = None,
        headers: Optional[Mapping[str, Union[str, Omit]]] = None,
        json_data: object = None,
        files: Optional[List[Tuple[str, Any]]] = None,
        content: Optional[bytes] = None,
        extra_json: Optional[Mapping[str, object]] = None,
        timeout: "Union[float, Timeout, None, NotGiven]" = NOT_GIVEN,
        max_retries: "Union[int, NotGiven]" = NOT_GIVEN,
        follow_redirects: bool = True,
        security: Security = "any",
        multipart: bool = False,
    ) -> None:
        self.method = method.upper()
        self.url = url
        self.params: Dict[str, object] = dict(params) if params else {}
        self.headers: Dict[str, Union[str, Omit]] = dict(headers) if headers else {}
        self.json_data = json_data
        self.files = files
        self.content = content
        self.extra_json = extra_json
        self.timeout = timeout
        self.max_retries = max_retries
        self.follow_redirects = follow_redirects
        self.security = security
        self.multipart = multipart

    def copy(self, **changes: Any) -> "RequestOptions":
        new = RequestOptions.__new__(RequestOptions)
        for name in RequestOptions.__slots__:
            setattr(new, name, changes.get(name, getattr(self, name)))
        new.params = dict(new.params)
        new.headers = dict(new.headers)
        return new

    def __repr__(self) -> str:
        return f"RequestOptions(method={self.method!r}, url={self.url!r})"
