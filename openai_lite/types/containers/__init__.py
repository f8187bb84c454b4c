"""Container file types (``openai.types.containers``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "FileCreateResponse": ".file_create_response",
    "FileListResponse": ".file_list_response",
    "FileRetrieveResponse": ".file_retrieve_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .file_create_response import FileCreateResponse as FileCreateResponse
    from .file_list_response import FileListResponse as FileListResponse
    from .file_retrieve_response import FileRetrieveResponse as FileRetrieveResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
