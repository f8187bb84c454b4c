"""Required request parameters per served route, generated from the OpenAPI spec.

Do not edit: regenerate with ``python3 tools/gen_spec_required.py``.
Spec version: 2.3.0.
"""
from __future__ import annotations

from typing import Dict, Tuple

__all__ = ["REQUIRED_BODY", "REQUIRED_QUERY"]

# (method, spec path) -> body properties, in the spec's order
REQUIRED_BODY: Dict[Tuple[str, str], Tuple[str, ...]] = {
    ('POST', '/chat/completions'): ('model', 'messages'),
    ('POST', '/chat/completions/{completion_id}'): ('metadata',),
    ('POST', '/completions'): ('model', 'prompt'),
    ('POST', '/embeddings'): ('model', 'input'),
    ('POST', '/moderations'): ('input',),
    ('POST', '/files'): ('file', 'purpose'),
    ('POST', '/audio/speech'): ('model', 'input', 'voice'),
    ('POST', '/audio/transcriptions'): ('file', 'model'),
    ('POST', '/audio/translations'): ('file', 'model'),
    ('POST', '/images/generations'): ('prompt',),
    ('POST', '/images/edits'): ('images', 'prompt'),
    ('POST', '/images/variations'): ('image',),
    ('POST', '/uploads'): ('filename', 'purpose', 'bytes', 'mime_type'),
    ('POST', '/uploads/{upload_id}/parts'): ('data',),
    ('POST', '/uploads/{upload_id}/complete'): ('part_ids',),
    ('POST', '/fine_tuning/jobs'): ('model', 'training_file'),
    ('POST', '/batches'): ('input_file_id', 'endpoint', 'completion_window'),
    ('POST', '/vector_stores/{vector_store_id}/search'): ('query',),
    ('POST', '/vector_stores/{vector_store_id}/files'): ('file_id',),
}

# (method, spec path) -> query parameters
REQUIRED_QUERY: Dict[Tuple[str, str], Tuple[str, ...]] = {
}
