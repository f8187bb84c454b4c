from __future__ import annotations

from typing import Dict, Iterable, Literal, TypedDict

__all__ = ["ResponseOutputTextParam"]


class _Required(TypedDict):
    # file_citation / url_citation / container_file_citation / file_path objects
    annotations: Iterable[Dict[str, object]]
    text: str
    type: Literal["output_text"]


class ResponseOutputTextParam(_Required, total=False):
    logprobs: Iterable[Dict[str, object]]
