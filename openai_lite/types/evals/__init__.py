"""Eval run types (``openai.types.evals``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "RunCancelResponse": ".run_cancel_response",
    "RunCreateResponse": ".run_create_response",
    "RunDeleteResponse": ".run_delete_response",
    "RunListResponse": ".run_list_response",
    "RunRetrieveResponse": ".run_retrieve_response",
    "runs": ".runs",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .run_cancel_response import RunCancelResponse as RunCancelResponse
    from .run_create_response import RunCreateResponse as RunCreateResponse
    from .run_delete_response import RunDeleteResponse as RunDeleteResponse
    from .run_list_response import RunListResponse as RunListResponse
    from .run_retrieve_response import RunRetrieveResponse as RunRetrieveResponse
    from . import runs as runs
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
