from __future__ import annotations

from .certificate_list_response import CertificateListResponse

__all__ = ["CertificateDeactivateResponse"]


class CertificateDeactivateResponse(CertificateListResponse):
    """The same object as ``CertificateListResponse``."""
