from __future__ import annotations

from typing import Literal

__all__ = ["FilePurpose"]

FilePurpose = Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
