from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["TextSimilarityGraderParam"]


class TextSimilarityGraderParam(TypedDict):
    evaluation_metric: Literal[
        "cosine", "fuzzy_match", "bleu", "gleu", "meteor", "rouge_1", "rouge_2", "rouge_3",
        "rouge_4", "rouge_5", "rouge_l"
    ]
    input: str
    name: str
    reference: str
    type: Literal["text_similarity"]
