from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["CertificateDeleteResponse"]


class CertificateDeleteResponse(BaseModel):
    object: Literal["certificate.deleted"]
    id: str
