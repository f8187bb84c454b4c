"""Types of ``openai.types.admin.organization.projects.service_accounts``, loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ....._lazy import lazy_exports

_EXPORTS = {
    "APIKeyCreateResponse": ".api_key_create_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .api_key_create_response import APIKeyCreateResponse as APIKeyCreateResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
