from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Mapping, Optional, Union

from ...._params import collect
from ...._resource import APIResource, subresource
from ...._types import NOT_GIVEN, NotGiven
from ....core.paths import format_path
from ....types.fine_tuning.fine_tuning_job import FineTuningJob
from ....types.fine_tuning.fine_tuning_job_event import FineTuningJobEvent
from ..._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ...._pagination import SyncCursorPage
    from .checkpoints import Checkpoints

__all__ = ["Jobs"]


class Jobs(APIResource):
    checkpoints: Checkpoints = subresource(".resources.fine_tuning.jobs.checkpoints:Checkpoints")

    def create(
        self,
        *,
        model: str,
        training_file: str,
        hyperparameters: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        integrations: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        method: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        seed: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        suffix: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        validation_file: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> FineTuningJob:
        body = collect(locals(), (
            "model", "training_file", "hyperparameters", "integrations", "metadata", "method",
            "seed", "suffix", "validation_file",
        ))
        return self._request("POST", "/fine_tuning/jobs", cast_to=FineTuningJob, body=body,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> FineTuningJob:
        path = format_path("/fine_tuning/jobs/{fine_tuning_job_id}",
                           fine_tuning_job_id=fine_tuning_job_id)
        return self._request("GET", path, cast_to=FineTuningJob, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def list(
        self,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncCursorPage[FineTuningJob]":
        query = collect(locals(), ("after", "limit", "metadata"))
        return self._request("GET", "/fine_tuning/jobs", cast_to=FineTuningJob, page="cursor",
                             query=query, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> FineTuningJob:
        path = format_path("/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
                           fine_tuning_job_id=fine_tuning_job_id)
        return self._request("POST", path, cast_to=FineTuningJob, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def list_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncCursorPage[FineTuningJobEvent]":
        query = collect(locals(), ("after", "limit"))
        path = format_path("/fine_tuning/jobs/{fine_tuning_job_id}/events",
                           fine_tuning_job_id=fine_tuning_job_id)
        return self._request("GET", path, cast_to=FineTuningJobEvent, page="cursor", query=query,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def pause(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> FineTuningJob:
        path = format_path("/fine_tuning/jobs/{fine_tuning_job_id}/pause",
                           fine_tuning_job_id=fine_tuning_job_id)
        return self._request("POST", path, cast_to=FineTuningJob, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def resume(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> FineTuningJob:
        path = format_path("/fine_tuning/jobs/{fine_tuning_job_id}/resume",
                           fine_tuning_job_id=fine_tuning_job_id)
        return self._request("POST", path, cast_to=FineTuningJob, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from .checkpoints import AsyncCheckpoints
    from openai_lite._async_names import AsyncCursorPage, AsyncPaginator

    class AsyncJobs:
        with_raw_response: Any
        with_streaming_response: Any
        checkpoints: AsyncCheckpoints
        async def create(self, *, model: str, training_file: str, hyperparameters: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, integrations: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, method: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, seed: Optional[Union[int, NotGiven]]=NOT_GIVEN, suffix: Optional[Union[str, NotGiven]]=NOT_GIVEN, validation_file: Optional[Union[str, NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> FineTuningJob: ...
        async def retrieve(self, fine_tuning_job_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> FineTuningJob: ...
        def list(self, *, after: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[FineTuningJob, AsyncCursorPage[FineTuningJob]]: ...
        async def cancel(self, fine_tuning_job_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> FineTuningJob: ...
        def list_events(self, fine_tuning_job_id: str, *, after: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[FineTuningJobEvent, AsyncCursorPage[FineTuningJobEvent]]: ...
        async def pause(self, fine_tuning_job_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> FineTuningJob: ...
        async def resume(self, fine_tuning_job_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> FineTuningJob: ...

else:
    AsyncJobs = Jobs
