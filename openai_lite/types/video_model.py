from __future__ import annotations

from typing import Literal, Union

__all__ = ["VideoModel"]

# Any model name is accepted; the literals are the ones known when this was written.
VideoModel = Union[
    str,
    Literal["sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06", "sora-2-2025-12-08"],
]
