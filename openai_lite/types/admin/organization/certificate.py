from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["Certificate"]


class CertificateDetails(BaseModel):
    valid_at: Optional[int] = None
    expires_at: Optional[int] = None
    content: Optional[str] = None


class Certificate(BaseModel):
    object: Literal[
        "certificate", "organization.certificate", "organization.project.certificate"
    ]
    id: str
    name: Optional[str] = None
    created_at: int
    certificate_details: CertificateDetails
    active: Optional[bool] = None
