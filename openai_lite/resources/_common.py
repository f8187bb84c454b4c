"""Type aliases every resource signature uses (the SDK's per-request arguments)."""
from __future__ import annotations

from typing import Mapping, Optional, Union

from .._timeout import Timeout
from .._types import NotGiven, Omit

Headers = Optional[Mapping[str, Union[str, Omit]]]
Query = Optional[Mapping[str, object]]
Body = Optional[Mapping[str, object]]
TimeoutArg = Union[float, Timeout, None, NotGiven]
