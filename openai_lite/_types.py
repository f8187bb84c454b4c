"""Sentinels and small shared types of the public API (the SDK's names)."""
from __future__ import annotations

# typing costs more than the rest of a bare client's import: the package imports it only
# under TYPE_CHECKING (type checkers take that as true), for annotations.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Mapping, Union

__all__ = ["NotGiven", "NOT_GIVEN", "not_given", "Omit", "omit", "Headers", "Query", "Body"]


class NotGiven:
    """Marks an argument the caller did not pass (distinct from an explicit ``None``)."""

    _instance: "NotGiven | None" = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
not_given = NOT_GIVEN


class Omit:
    """Removes a default (a header, a query key, a body key) from a request."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "omit"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Omit)

    def __hash__(self) -> int:
        return hash(Omit)


omit = Omit()

if TYPE_CHECKING:
    Headers = Mapping[str, Union[str, Omit]]
    Query = Mapping[str, object]
Body = object


def __getattr__(name: str) -> Any:
    # The aliases are built on first use, as they need typing.
    if name in ("Headers", "Query"):
        from typing import Mapping, Union

        value = Mapping[str, Union[str, Omit]] if name == "Headers" else Mapping[str, object]
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_given(value: object) -> bool:
    return not isinstance(value, (NotGiven, Omit))
