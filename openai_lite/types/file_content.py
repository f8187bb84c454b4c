from __future__ import annotations

__all__ = ["FileContent"]

# `files.retrieve_content()` returns the body as text.
FileContent = str
