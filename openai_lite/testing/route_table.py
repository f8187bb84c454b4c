"""The routes the fake server answers, named by the SDK accessor that calls them.

Kept free of imports from the rest of the package so ``tools/gen_spec_required.py`` can
read it before ``spec_required.py`` exists.  Paths are the spec's (no ``/v1`` prefix).
"""
from __future__ import annotations

from typing import Tuple

__all__ = ["ROUTES", "API_PREFIX"]

API_PREFIX = "/v1"

ROUTES: Tuple[Tuple[str, str, str], ...] = (
    # (accessor, HTTP method, spec path)
    ("chat.completions.create", "POST", "/chat/completions"),
    ("chat.completions.list", "GET", "/chat/completions"),
    ("chat.completions.retrieve", "GET", "/chat/completions/{completion_id}"),
    ("chat.completions.update", "POST", "/chat/completions/{completion_id}"),
    ("chat.completions.delete", "DELETE", "/chat/completions/{completion_id}"),
    ("chat.completions.messages.list", "GET", "/chat/completions/{completion_id}/messages"),
    ("completions.create", "POST", "/completions"),
    ("embeddings.create", "POST", "/embeddings"),
    ("moderations.create", "POST", "/moderations"),
    ("models.list", "GET", "/models"),
    ("models.retrieve", "GET", "/models/{model}"),
    ("models.delete", "DELETE", "/models/{model}"),
    ("files.create", "POST", "/files"),
    ("files.list", "GET", "/files"),
    ("files.retrieve", "GET", "/files/{file_id}"),
    ("files.delete", "DELETE", "/files/{file_id}"),
    ("files.content", "GET", "/files/{file_id}/content"),
    ("audio.speech.create", "POST", "/audio/speech"),
    ("audio.transcriptions.create", "POST", "/audio/transcriptions"),
    ("audio.translations.create", "POST", "/audio/translations"),
    ("responses.create", "POST", "/responses"),
    ("responses.retrieve", "GET", "/responses/{response_id}"),
    ("responses.delete", "DELETE", "/responses/{response_id}"),
    ("responses.cancel", "POST", "/responses/{response_id}/cancel"),
    ("responses.input_items.list", "GET", "/responses/{response_id}/input_items"),
    ("images.generate", "POST", "/images/generations"),
    ("images.edit", "POST", "/images/edits"),
    ("images.create_variation", "POST", "/images/variations"),
    ("uploads.create", "POST", "/uploads"),
    ("uploads.parts.create", "POST", "/uploads/{upload_id}/parts"),
    ("uploads.complete", "POST", "/uploads/{upload_id}/complete"),
    ("uploads.cancel", "POST", "/uploads/{upload_id}/cancel"),
    ("fine_tuning.jobs.create", "POST", "/fine_tuning/jobs"),
    ("fine_tuning.jobs.list", "GET", "/fine_tuning/jobs"),
    ("fine_tuning.jobs.retrieve", "GET", "/fine_tuning/jobs/{fine_tuning_job_id}"),
    ("fine_tuning.jobs.cancel", "POST", "/fine_tuning/jobs/{fine_tuning_job_id}/cancel"),
    ("fine_tuning.jobs.pause", "POST", "/fine_tuning/jobs/{fine_tuning_job_id}/pause"),
    ("fine_tuning.jobs.resume", "POST", "/fine_tuning/jobs/{fine_tuning_job_id}/resume"),
    ("fine_tuning.jobs.list_events", "GET", "/fine_tuning/jobs/{fine_tuning_job_id}/events"),
    ("fine_tuning.jobs.checkpoints.list", "GET",
     "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints"),
    ("batches.create", "POST", "/batches"),
    ("batches.list", "GET", "/batches"),
    ("batches.retrieve", "GET", "/batches/{batch_id}"),
    ("batches.cancel", "POST", "/batches/{batch_id}/cancel"),
    ("vector_stores.create", "POST", "/vector_stores"),
    ("vector_stores.list", "GET", "/vector_stores"),
    ("vector_stores.retrieve", "GET", "/vector_stores/{vector_store_id}"),
    ("vector_stores.update", "POST", "/vector_stores/{vector_store_id}"),
    ("vector_stores.delete", "DELETE", "/vector_stores/{vector_store_id}"),
    ("vector_stores.search", "POST", "/vector_stores/{vector_store_id}/search"),
    ("vector_stores.files.create", "POST", "/vector_stores/{vector_store_id}/files"),
    ("vector_stores.files.list", "GET", "/vector_stores/{vector_store_id}/files"),
    ("vector_stores.files.retrieve", "GET", "/vector_stores/{vector_store_id}/files/{file_id}"),
    ("vector_stores.files.delete", "DELETE", "/vector_stores/{vector_store_id}/files/{file_id}"),
)
