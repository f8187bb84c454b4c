"""Page objects: auto-iteration across pages, ``iter_pages()``, ``get_next_page()``."""
from __future__ import annotations

from typing import (Any, AsyncIterator, Dict, Generator, Generic, Iterator, List, Optional, TypeVar)

from .core import paging

__all__ = ["SyncPage", "SyncCursorPage", "SyncConversationCursorPage", "SyncNextCursorPage",
           "AsyncPage", "AsyncCursorPage", "AsyncConversationCursorPage", "AsyncNextCursorPage",
           "AsyncPaginator", "BasePage"]

T = TypeVar("T")


_models: Any = None  # the model machinery, imported on the first page built


def _models_module() -> Any:
    global _models
    if _models is None:
        from . import _models as models

        _models = models
    return _models


class BasePage(Generic[T]):
    """Holds one page's items plus the request that produced it (to ask for the next)."""

    _kind = "page"
    data: List[T]

    def __init__(self, *, data: List[T], raw: Dict[str, Any], item_type: Any, client: Any,
                 options: Any) -> None:
        self.data = data
        self._raw = raw
        self._item_type = item_type
        self._client = client
        self._options = options
        self._request_id: Optional[str] = None

    @classmethod
    def build(cls, payload: Any, *, item_type: Any, client: Any, options: Any, response: Any = None) -> Any:
        if not isinstance(payload, dict):
            payload = {"data": payload if isinstance(payload, list) else []}
        raw_items = payload.get("data") or []
        models = _models or _models_module()
        if type(raw_items) is list:
            items = models.list_converter_for(item_type)(raw_items)
        else:
            items = list(map(models.converter_for(item_type), raw_items))
        return cls(data=items, raw=payload, item_type=item_type, client=client, options=options)

    def __getattr__(self, name: str) -> Any:
        # object, has_more, first_id, last_id, next ... whatever the page carried
        raw = self.__dict__.get("_raw")
        if raw is not None and name in raw:
            return raw[name]
        if name in ("object", "has_more", "first_id", "last_id", "next"):
            return None
        raise AttributeError(name)

    def next_page_info(self) -> Optional[Dict[str, object]]:
        return paging.next_cursor(self._kind, self._raw, self.data)

    def has_next_page(self) -> bool:
        return self.next_page_info() is not None

    def _next_options(self) -> Any:
        info = self.next_page_info()
        if info is None:
            raise RuntimeError(
                "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."
            )
        opts = self._options.copy()
        opts.params.update(info)
        # A raw-response marker must not turn the follow-up page into a raw response.
        opts.headers = {k: v for k, v in opts.headers.items() if k.lower() != "x-stainless-raw-response"}
        return opts

    def to_dict(self, **kwargs: Any) -> Dict[str, Any]:
        out = dict(self._raw)
        out["data"] = [d.to_dict(**kwargs) if hasattr(d, "to_dict") else d for d in self.data]
        return out

    def to_json(self, *, indent: Optional[int] = 2, **kwargs: Any) -> str:
        import json

        return json.dumps(self.to_dict(**kwargs), indent=indent)

    model_dump = to_dict

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data=<{len(self.data)} items>, has_more={self._raw.get('has_more')!r})"


class _SyncPage(BasePage[T]):
    def get_next_page(self) -> "_SyncPage[T]":
        opts = self._next_options()
        page: _SyncPage[T] = self._client._fetch_page(type(self), opts, self._item_type)
        return page

    def iter_pages(self) -> Iterator["_SyncPage[T]"]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class _AsyncPage(BasePage[T]):
    async def get_next_page(self) -> "_AsyncPage[T]":
        opts = self._next_options()
        page: _AsyncPage[T] = await self._client._fetch_page(type(self), opts, self._item_type)
        return page

    async def iter_pages(self) -> AsyncIterator["_AsyncPage[T]"]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class SyncPage(_SyncPage[T]):
    _kind = "page"


class SyncCursorPage(_SyncPage[T]):
    _kind = "cursor"


class SyncConversationCursorPage(_SyncPage[T]):
    _kind = "conversation"


class SyncNextCursorPage(_SyncPage[T]):
    _kind = "next"


class AsyncPage(_AsyncPage[T]):
    _kind = "page"


class AsyncCursorPage(_AsyncPage[T]):
    _kind = "cursor"


class AsyncConversationCursorPage(_AsyncPage[T]):
    _kind = "conversation"


class AsyncNextCursorPage(_AsyncPage[T]):
    _kind = "next"


P = TypeVar("P")


class AsyncPaginator(Generic[T, P]):
    """What an async list method returns: ``await`` it for the first page, or
    ``async for`` over it for every item of every page."""

    def __init__(self, fetch: Any) -> None:
        self._fetch = fetch

    def __await__(self) -> Generator[Any, None, P]:
        result: Generator[Any, None, P] = self._fetch().__await__()
        return result

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._fetch()
        async for item in page:
            yield item
