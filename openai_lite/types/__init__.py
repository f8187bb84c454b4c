"""Response types (``openai.types``); each model module loads on first use (PEP 562).

Adding a type: write ``types/<module>.py`` (models subclass ``BaseModel``), then add its
name to ``_EXPORTS`` and the matching import to the ``TYPE_CHECKING`` block; a test
keeps the two in step.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

_EXPORTS = {
    "BaseModel": ".._models",
    "GenericModel": ".._models",
    "Batch": ".batch",
    "BatchError": ".batch_error",
    "BatchRequestCounts": ".batch_request_counts",
    "BatchUsage": ".batch_usage",
    "Completion": ".completion",
    "CompletionChoice": ".completion_choice",
    "CompletionUsage": ".completion_usage",
    "CreateEmbeddingResponse": ".create_embedding_response",
    "Embedding": ".embedding",
    "FileDeleted": ".file_deleted",
    "FileObject": ".file_object",
    "Image": ".image",
    "ImagesResponse": ".images_response",
    "Metadata": ".shared.metadata",
    "Model": ".model",
    "ModelDeleted": ".model_deleted",
    "Moderation": ".moderation",
    "ModerationCreateResponse": ".moderation_create_response",
    # subpackages
    "chat": ".chat",
    "shared": ".shared",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from . import chat as chat, shared as shared
    from .._models import BaseModel as BaseModel, GenericModel as GenericModel
    from .batch import Batch as Batch
    from .batch_error import BatchError as BatchError
    from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
    from .batch_usage import BatchUsage as BatchUsage
    from .completion import Completion as Completion
    from .completion_choice import CompletionChoice as CompletionChoice
    from .completion_usage import CompletionUsage as CompletionUsage
    from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
    from .embedding import Embedding as Embedding
    from .file_deleted import FileDeleted as FileDeleted
    from .file_object import FileObject as FileObject
    from .image import Image as Image
    from .images_response import ImagesResponse as ImagesResponse
    from .model import Model as Model
    from .model_deleted import ModelDeleted as ModelDeleted
    from .moderation import Moderation as Moderation
    from .moderation_create_response import ModerationCreateResponse as ModerationCreateResponse
    from .shared.metadata import Metadata as Metadata
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
