from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel

__all__ = [
    "ResponseOutputText", "Annotation", "AnnotationFileCitation", "AnnotationURLCitation",
    "AnnotationContainerFileCitation", "AnnotationFilePath", "Logprob", "LogprobTopLogprob",
]


class AnnotationFileCitation(BaseModel):
    file_id: str
    filename: Optional[str] = None
    index: int
    type: Literal["file_citation"]


class AnnotationURLCitation(BaseModel):
    end_index: int
    start_index: int
    title: str
    type: Literal["url_citation"]
    url: str


class AnnotationContainerFileCitation(BaseModel):
    container_id: str
    end_index: int
    file_id: str
    filename: str
    start_index: int
    type: Literal["container_file_citation"]


class AnnotationFilePath(BaseModel):
    file_id: str
    index: int
    type: Literal["file_path"]


Annotation = Union[AnnotationFileCitation, AnnotationURLCitation, AnnotationContainerFileCitation,
                   AnnotationFilePath]


class LogprobTopLogprob(BaseModel):
    token: str
    bytes: List[int]
    logprob: float


class Logprob(BaseModel):
    token: str
    bytes: List[int]
    logprob: float
    top_logprobs: List[LogprobTopLogprob]


class ResponseOutputText(BaseModel):
    annotations: List[Annotation]
    text: str
    type: Literal["output_text"]
    logprobs: Optional[List[Logprob]] = None
