"""The event a verified webhook payload holds, told apart by `type`."""
from __future__ import annotations

from typing import Union

from .batch_cancelled_webhook_event import BatchCancelledWebhookEvent
from .batch_completed_webhook_event import BatchCompletedWebhookEvent
from .batch_expired_webhook_event import BatchExpiredWebhookEvent
from .batch_failed_webhook_event import BatchFailedWebhookEvent
from .eval_run_canceled_webhook_event import EvalRunCanceledWebhookEvent
from .eval_run_failed_webhook_event import EvalRunFailedWebhookEvent
from .eval_run_succeeded_webhook_event import EvalRunSucceededWebhookEvent
from .fine_tuning_job_cancelled_webhook_event import FineTuningJobCancelledWebhookEvent
from .fine_tuning_job_failed_webhook_event import FineTuningJobFailedWebhookEvent
from .fine_tuning_job_succeeded_webhook_event import FineTuningJobSucceededWebhookEvent
from .live_call_incoming_webhook_event import LiveCallIncomingWebhookEvent
from .realtime_call_incoming_webhook_event import RealtimeCallIncomingWebhookEvent
from .response_cancelled_webhook_event import ResponseCancelledWebhookEvent
from .response_completed_webhook_event import ResponseCompletedWebhookEvent
from .response_failed_webhook_event import ResponseFailedWebhookEvent
from .response_incomplete_webhook_event import ResponseIncompleteWebhookEvent
from .safety_identifier_blocked_webhook_event import SafetyIdentifierBlockedWebhookEvent

__all__ = ["UnwrapWebhookEvent"]

UnwrapWebhookEvent = Union[
    BatchCancelledWebhookEvent,
    BatchCompletedWebhookEvent,
    BatchExpiredWebhookEvent,
    BatchFailedWebhookEvent,
    EvalRunCanceledWebhookEvent,
    EvalRunFailedWebhookEvent,
    EvalRunSucceededWebhookEvent,
    FineTuningJobCancelledWebhookEvent,
    FineTuningJobFailedWebhookEvent,
    FineTuningJobSucceededWebhookEvent,
    LiveCallIncomingWebhookEvent,
    RealtimeCallIncomingWebhookEvent,
    ResponseCancelledWebhookEvent,
    ResponseCompletedWebhookEvent,
    ResponseFailedWebhookEvent,
    ResponseIncompleteWebhookEvent,
    SafetyIdentifierBlockedWebhookEvent,
]
