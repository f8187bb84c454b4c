from __future__ import annotations

from typing import Any, Dict, Optional

from ...._models import BaseModel

__all__ = ["GraderRunResponse"]


class MetadataErrors(BaseModel):
    formula_parse_error: bool
    sample_parse_error: bool
    truncated_observation_error: bool
    unresponsive_reward_error: bool
    invalid_variable_error: bool
    other_error: bool
    python_grader_server_error: bool
    python_grader_server_error_type: Optional[str] = None
    python_grader_runtime_error: bool
    python_grader_runtime_error_details: Optional[str] = None
    model_grader_server_error: bool
    model_grader_refusal_error: bool
    model_grader_parse_error: bool
    model_grader_server_error_details: Optional[str] = None


class Metadata(BaseModel):
    name: str
    type: str
    errors: MetadataErrors
    execution_time: float
    scores: Dict[str, Any]
    token_usage: Optional[int] = None
    sampled_model_name: Optional[str] = None


class GraderRunResponse(BaseModel):
    reward: float
    metadata: Metadata
    sub_rewards: Dict[str, Any]
    model_grader_token_usage_per_model: Dict[str, Any]
