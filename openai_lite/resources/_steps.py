"""Helpers that make several requests (polling, uploads), written once for both clients.

A helper is a generator: it yields what it wants done and receives the outcome.  A yielded
callable is a resource call, which returns the result on the sync client and an awaitable
on the async one; ``Sleep``, ``Blocking`` and ``Gather`` cover waiting, local blocking work
(file reads) and bounded concurrency.  ``run`` drives the generator to completion on the
sync client, or returns a coroutine that does so on the async one, so the two clients take
the same decisions in the same order.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Generator, List, Mapping, Sequence, Tuple, Union

from .._types import NotGiven, Omit
from ..core.multipart import extract_files

if TYPE_CHECKING:
    from .._resource import APIResource

__all__ = ["Sleep", "Blocking", "Gather", "Steps", "run", "plain", "poll_headers", "poll_steps", "split_files"]


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Blocking:
    """Local blocking work: run inline on the sync client, in a worker thread on the async
    one so that the event loop keeps running."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn


class Gather:
    """Run calls concurrently, at most ``limit`` at a time; results in call order; the
    first failure is raised."""

    __slots__ = ("calls", "limit")

    def __init__(self, calls: Sequence[Callable[[], Any]], limit: int) -> None:
        self.calls = list(calls)
        self.limit = max(1, int(limit))


Step = Union[Callable[[], Any], Sleep, Blocking, Gather]
Steps = Generator[Step, Any, Any]


def run(client: Any, steps: Steps) -> Any:
    """The helper's result (sync client) or a coroutine producing it (async client)."""
    if client._is_async:
        return _run_async(steps)
    return _run_sync(steps)


def plain(resource: "APIResource") -> Any:
    """The resource in plain mode: a helper's own calls must return parsed results even
    when the helper was reached through ``with_raw_response``."""
    return resource if resource._mode == "plain" else resource._view("plain")


def _run_sync(steps: Steps) -> Any:
    value: Any = None
    try:
        while True:
            try:
                step = steps.send(value)
            except StopIteration as stop:
                return stop.value
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
                value = None
            elif isinstance(step, Blocking):
                value = step.fn()
            elif isinstance(step, Gather):
                value = _gather_sync(step)
            else:
                value = step()
    finally:
        steps.close()  # a failed call must still release what the helper holds (open files)


def _gather_sync(step: Gather) -> List[Any]:
    if len(step.calls) <= 1 or step.limit == 1:
        return [call() for call in step.calls]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(step.limit, len(step.calls))) as pool:
        futures = [pool.submit(call) for call in step.calls]
        try:
            return [f.result() for f in futures]
        except BaseException:
            for f in futures:
                f.cancel()
            raise


async def _run_async(steps: Steps) -> Any:
    import asyncio

    value: Any = None
    try:
        while True:
            try:
                step = steps.send(value)
            except StopIteration as stop:
                return stop.value
            if isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
                value = None
            elif isinstance(step, Blocking):
                value = await asyncio.get_running_loop().run_in_executor(None, step.fn)
            elif isinstance(step, Gather):
                value = await _gather_async(step)
            else:
                value = await step()
    finally:
        steps.close()


async def _gather_async(step: Gather) -> List[Any]:
    import asyncio

    gate = asyncio.Semaphore(step.limit)

    async def one(call: Callable[[], Any]) -> Any:
        async with gate:
            return await call()

    tasks = [asyncio.ensure_future(one(call)) for call in step.calls]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        raise


# ---- polling ------------------------------------------------------------------------------

DEFAULT_POLL_MS = 1000


def poll_headers(poll_interval_ms: Union[int, NotGiven, Omit]) -> Dict[str, str]:
    headers = {"X-Stainless-Poll-Helper": "true"}
    if isinstance(poll_interval_ms, int):
        headers["X-Stainless-Custom-Poll-Interval"] = str(poll_interval_ms)
    return headers


def poll_steps(fetch: Callable[[Mapping[str, str]], Any], *, done: Callable[[Any], bool],
               poll_interval_ms: Union[int, NotGiven, Omit]) -> Steps:
    """GET until ``done(obj)``; ``fetch(headers)`` must return a raw response.

    Between attempts wait the caller's interval, else what the server asks for in
    ``openai-poll-after-ms``, else one second.
    """
    headers = poll_headers(poll_interval_ms)
    while True:
        raw = yield (lambda: fetch(headers))
        obj = raw.parse()
        if done(obj):
            return obj
        yield Sleep(_interval_ms(poll_interval_ms, raw.headers) / 1000.0)


def _interval_ms(given: Union[int, NotGiven, Omit], headers: Mapping[str, str]) -> float:
    if isinstance(given, (int, float)):
        return float(given)
    hint = headers.get("openai-poll-after-ms")
    if hint is not None:
        try:
            return max(0.0, float(int(hint)))
        except ValueError:
            pass
    return float(DEFAULT_POLL_MS)


# ---- multipart ----------------------------------------------------------------------------

def split_files(body: Mapping[str, Any], names: Sequence[str]) -> Tuple[Dict[str, Any], List[Tuple[str, Any]]]:
    """Move the files among ``names`` out of ``body`` into multipart file parts.

    For parameters that take either a file or a reference object (``{"id": ...}``): a
    mapping stays a form field (flattened as ``name[key]``); anything else must be a file
    input, as for any other file parameter.
    """
    paths = [[name] for name in names if not isinstance(body.get(name), Mapping)]
    fields, files = extract_files(body, paths)
    return fields, list(files)
