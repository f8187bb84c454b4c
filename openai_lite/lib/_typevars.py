"""The type variable of structured-output helpers.

It defaults to None (PEP 696) so that ``stream()`` / ``parse()`` without a class infer
``...[None]`` instead of asking the caller for an annotation.  Only type checkers see the
default: ``typing.TypeVar`` accepts it from 3.13 on, and typeshed's ``typing_extensions``
stubs give it to checkers without the package being installed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    ResponseFormatT = TypeVar("ResponseFormatT", default=None)
else:
    from typing import TypeVar

    ResponseFormatT = TypeVar("ResponseFormatT")

__all__ = ["ResponseFormatT"]
