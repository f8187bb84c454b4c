"""Stand-ins for the module-level names of the pre-1.0 SDK (``openai.ChatCompletion``...):
any use raises ``APIRemovedInV1`` naming what was used, instead of an AttributeError that
says nothing about the migration."""
from __future__ import annotations

from typing import Any, NoReturn

from .._exceptions import APIRemovedInV1

__all__ = ["RemovedInV1"]


class RemovedInV1:
    __slots__ = ("_symbol",)

    def __init__(self, symbol: str) -> None:
        object.__setattr__(self, "_symbol", symbol)

    def __getattr__(self, attr: str) -> NoReturn:
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)  # copy, pickle and friends probe these
        raise APIRemovedInV1(symbol=object.__getattribute__(self, "_symbol"))

    def __call__(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise APIRemovedInV1(symbol=object.__getattribute__(self, "_symbol"))

    def __repr__(self) -> str:
        return f"<openai_lite.{object.__getattribute__(self, '_symbol')}: removed in openai 1.0>"
