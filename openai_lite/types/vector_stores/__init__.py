"""Vector store file and file-batch types (``openai.types.vector_stores``), loaded on use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "FileContentResponse": ".file_content_response",
    "VectorStoreFile": ".vector_store_file",
    "VectorStoreFileBatch": ".vector_store_file_batch",
    "VectorStoreFileDeleted": ".vector_store_file_deleted",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .file_content_response import FileContentResponse as FileContentResponse
    from .vector_store_file import VectorStoreFile as VectorStoreFile
    from .vector_store_file_batch import VectorStoreFileBatch as VectorStoreFileBatch
    from .vector_store_file_deleted import VectorStoreFileDeleted as VectorStoreFileDeleted
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
