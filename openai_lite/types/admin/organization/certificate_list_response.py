from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["CertificateListResponse"]


class CertificateDetails(BaseModel):
    valid_at: Optional[int] = None
    expires_at: Optional[int] = None


class CertificateListResponse(BaseModel):
    object: Literal["organization.certificate"]
    id: str
    name: Optional[str] = None
    created_at: int
    certificate_details: CertificateDetails
    active: bool
