"""Parse the JSON text a model has streamed so far (a prefix of a JSON document).

Used for the ``parsed`` snapshots of chat streams.  The SDK relies on jiter's partial mode;
this is the same contract on the standard library: containers still open at the end of the
text are closed, and a trailing value that is cut (a string, a number's unfinished form, a
literal such as ``tr``) is left out together with its key; a document that is only such a
value gives None.  Text that cannot be the prefix of a JSON document raises ``ValueError``.

A stream asks again after every chunk, each time for a longer text.  Re-parsing the whole
text each time would cost quadratic time in Python, so ``PartialJSON`` keeps its place:
each call scans only the new characters, completed values are built once, and a snapshot
copies just the containers still open (shallow copies; completed values are shared).
"""
from __future__ import annotations

import json
import re
from typing import Any, Callable, List, Optional, Tuple, Union

__all__ = ["PartialJSON", "parse_partial_json"]

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_NUMBER_CHARS = re.compile(r"[-+0-9.eE]*")
_TERMINATED_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_LITERALS = {"t": ("true", True), "f": ("false", False), "n": ("null", None)}
# the C string scanner behind json.loads; typeshed does not declare it
_scanstring: Callable[[str, int], Tuple[str, int]] = getattr(json.decoder, "scanstring")

_NOTHING: Any = object()

# what an open container expects next
_KEY, _FIRST_KEY, _COLON, _VALUE, _FIRST_VALUE, _COMMA = range(6)


class _Frame:
    __slots__ = ("container", "phase", "key")

    def __init__(self, container: Union[dict, list], phase: int) -> None:  # type: ignore[type-arg]
        self.container = container
        self.phase = phase
        self.key: Optional[str] = None


class PartialJSON:
    """Incremental partial parser for one growing text: ``parse(text)`` after each chunk."""

    def __init__(self) -> None:
        self._consumed = ""  # the text up to the first unfinished token
        self._stack: List[_Frame] = []
        self._root: Any = _NOTHING

    def parse(self, text: str) -> Any:
        if not text.startswith(self._consumed):
            # not a continuation of the previous text: start over
            self._consumed, self._stack, self._root = "", [], _NOTHING
        tail = self._scan(text, len(self._consumed))
        return self._snapshot(tail)

    # ---- scanning ----------------------------------------------------------------------

    def _scan(self, text: str, i: int) -> Any:
        """Consume complete tokens from ``i``; return the value of a number cut by the end
        of the text (or _NOTHING)."""
        n = len(text)
        stack = self._stack
        try:
            while True:
                i = _WS.match(text, i).end()  # type: ignore[union-attr]  # matches ""
                if i >= n:
                    return _NOTHING
                c = text[i]
                frame = stack[-1] if stack else None
                if frame is None:
                    if self._root is not _NOTHING:
                        raise ValueError(f"unexpected data after the JSON value at position {i}")
                elif frame.phase in (_KEY, _FIRST_KEY):
                    if c == "}" and frame.phase == _FIRST_KEY:
                        i = self._close(i)
                        continue
                    if c != '"':
                        raise ValueError(f"expected a property name at position {i}")
                    key, end = self._string(text, i)
                    if end < 0:
                        return _NOTHING
                    frame.key, frame.phase, i = key, _COLON, end
                    continue
                elif frame.phase == _COLON:
                    if c != ":":
                        raise ValueError(f"expected ':' at position {i}")
                    frame.phase, i = _VALUE, i + 1
                    continue
                elif frame.phase == _COMMA:
                    if c == ",":
                        frame.phase = _KEY if isinstance(frame.container, dict) else _VALUE
                        i += 1
                    elif c == ("}" if isinstance(frame.container, dict) else "]"):
                        i = self._close(i)
                    else:
                        raise ValueError(f"expected ',' or a closing bracket at position {i}")
                    continue
                elif c == "]" and frame.phase == _FIRST_VALUE:
                    i = self._close(i)
                    continue
                # a value is expected here
                if c == "{":
                    stack.append(_Frame({}, _FIRST_KEY))
                    i += 1
                elif c == "[":
                    stack.append(_Frame([], _FIRST_VALUE))
                    i += 1
                elif c == '"':
                    value, end = self._string(text, i)
                    if end < 0:
                        return _NOTHING
                    self._emit(value)
                    i = end
                elif c == "-" or "0" <= c <= "9":
                    end = _NUMBER_CHARS.match(text, i).end()  # type: ignore[union-attr]
                    token = text[i:end]
                    valid = _NUMBER.fullmatch(token) is not None
                    if end >= n:
                        # may still grow ("12" -> "123"): shown, not consumed
                        return json.loads(token) if valid else _NOTHING
                    if not valid:
                        raise ValueError(f"invalid number {token!r} at position {i}")
                    self._emit(json.loads(token))
                    i = end
                elif c in _LITERALS:
                    word, value = _LITERALS[c]
                    if text.startswith(word, i):
                        self._emit(value)
                        i += len(word)
                    elif word.startswith(text[i:i + len(word)]) and i + len(word) > n:
                        return _NOTHING
                    else:
                        raise ValueError(f"unexpected character {c!r} at position {i}")
                else:
                    raise ValueError(f"unexpected character {c!r} at position {i}")
        finally:
            self._consumed = text[:i]

    @staticmethod
    def _string(text: str, i: int) -> Tuple[Any, int]:
        """The string starting at ``i`` and the index after it; end -1 when it is cut."""
        if _TERMINATED_STRING.match(text, i) is None:
            return None, -1
        return _scanstring(text, i + 1)

    def _emit(self, value: Any) -> None:
        if not self._stack:
            self._root = value
            return
        frame = self._stack[-1]
        if isinstance(frame.container, dict):
            frame.container[frame.key] = value
        else:
            frame.container.append(value)
        frame.phase = _COMMA

    def _close(self, i: int) -> int:
        self._emit(self._stack.pop().container)
        return i + 1

    # ---- snapshots ---------------------------------------------------------------------

    def _snapshot(self, tail: Any) -> Any:
        if not self._stack:
            if self._root is not _NOTHING:
                return self._root
            return None if tail is _NOTHING else tail
        child = tail
        for frame in reversed(self._stack):
            container = frame.container
            wants_value = frame.phase in (_VALUE, _FIRST_VALUE)
            if isinstance(container, dict):
                copy_d = dict(container)
                if child is not _NOTHING and wants_value:
                    copy_d[frame.key] = child
                child = copy_d
            else:
                copy_l = list(container)
                if child is not _NOTHING and wants_value:
                    copy_l.append(child)
                child = copy_l
        return child


def parse_partial_json(text: str) -> Any:
    """One-off parse of a JSON prefix (see the module docstring)."""
    return PartialJSON().parse(text)
