from __future__ import annotations

from typing import List, Literal, Optional, Union

from .._models import BaseModel

__all__ = ["ContentProvenanceCheck"]


class C2PAProvenanceResult(BaseModel):
    type: Literal["c2pa"]
    outcome: Literal["detected", "not_detected"]
    validation_state: Literal["trusted", "valid", "invalid", "not_present"]
    issuer: Optional[str] = None
    model: Optional[str] = None
    generated_at: Optional[str] = None


class SynthIDProvenanceResult(BaseModel):
    type: Literal["synthid"]
    outcome: Literal["detected", "not_detected"]
    model: Optional[str] = None
    generated_at: Optional[str] = None


class ContentProvenanceCheck(BaseModel):
    object: Literal["content_provenance_check"]
    created_at: int
    results: List[Union[C2PAProvenanceResult, SynthIDProvenanceResult]]
