"""``openai.version``: ``VERSION`` is this package's own version (the SDK's module name)."""
from __future__ import annotations

from ._version import __version__

__all__ = ["VERSION"]

VERSION: str = __version__
