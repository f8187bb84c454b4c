from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import APIResource
from .._types import NOT_GIVEN
from ._common import Body as _B, Headers as _H, Query as _Q, TimeoutArg as _T
from ..core.paths import format_path
from ..types.model import Model
from ..types.model_deleted import ModelDeleted

if TYPE_CHECKING:
    from .._pagination import SyncPage

__all__ = ["Models"]


class Models(APIResource):
    def retrieve(self, model: str, *, extra_headers: _H = None, extra_query: _Q = None,
                 extra_body: _B = None, timeout: _T = NOT_GIVEN) -> Model:
        """Model details: owner and permissions."""
        return self._request("GET", format_path("/models/{model}", model=model), cast_to=Model,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def list(self, *, extra_headers: _H = None, extra_query: _Q = None, extra_body: _B = None,
             timeout: _T = NOT_GIVEN) -> "SyncPage[Model]":
        """Every model available to this key."""
        return self._request("GET", "/models", cast_to=Model, page="page",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def delete(self, model: str, *, extra_headers: _H = None, extra_query: _Q = None,
               extra_body: _B = None, timeout: _T = NOT_GIVEN) -> ModelDeleted:
        """Delete a fine-tuned model you own."""
        return self._request("DELETE", format_path("/models/{model}", model=model), cast_to=ModelDeleted,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)
