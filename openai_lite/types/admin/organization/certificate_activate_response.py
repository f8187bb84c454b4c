from __future__ import annotations

from .certificate_list_response import CertificateListResponse

__all__ = ["CertificateActivateResponse"]


class CertificateActivateResponse(CertificateListResponse):
    """The same object as ``CertificateListResponse``."""
