"""Webhook event types (``openai.types.webhooks``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

# public name -> module defining it; a test checks this against the imports below
_EXPORTS = {
    "BatchCancelledWebhookEvent": ".batch_cancelled_webhook_event",
    "BatchCompletedWebhookEvent": ".batch_completed_webhook_event",
    "BatchExpiredWebhookEvent": ".batch_expired_webhook_event",
    "BatchFailedWebhookEvent": ".batch_failed_webhook_event",
    "EvalRunCanceledWebhookEvent": ".eval_run_canceled_webhook_event",
    "EvalRunFailedWebhookEvent": ".eval_run_failed_webhook_event",
    "EvalRunSucceededWebhookEvent": ".eval_run_succeeded_webhook_event",
    "FineTuningJobCancelledWebhookEvent": ".fine_tuning_job_cancelled_webhook_event",
    "FineTuningJobFailedWebhookEvent": ".fine_tuning_job_failed_webhook_event",
    "FineTuningJobSucceededWebhookEvent": ".fine_tuning_job_succeeded_webhook_event",
    "LiveCallIncomingWebhookEvent": ".live_call_incoming_webhook_event",
    "RealtimeCallIncomingWebhookEvent": ".realtime_call_incoming_webhook_event",
    "ResponseCancelledWebhookEvent": ".response_cancelled_webhook_event",
    "ResponseCompletedWebhookEvent": ".response_completed_webhook_event",
    "ResponseFailedWebhookEvent": ".response_failed_webhook_event",
    "ResponseIncompleteWebhookEvent": ".response_incomplete_webhook_event",
    "SafetyIdentifierBlockedWebhookEvent": ".safety_identifier_blocked_webhook_event",
    "UnwrapWebhookEvent": ".unwrap_webhook_event",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .batch_cancelled_webhook_event import (
        BatchCancelledWebhookEvent as BatchCancelledWebhookEvent,
    )
    from .batch_completed_webhook_event import (
        BatchCompletedWebhookEvent as BatchCompletedWebhookEvent,
    )
    from .batch_expired_webhook_event import BatchExpiredWebhookEvent as BatchExpiredWebhookEvent
    from .batch_failed_webhook_event import BatchFailedWebhookEvent as BatchFailedWebhookEvent
    from .eval_run_canceled_webhook_event import (
        EvalRunCanceledWebhookEvent as EvalRunCanceledWebhookEvent,
    )
    from .eval_run_failed_webhook_event import (
        EvalRunFailedWebhookEvent as EvalRunFailedWebhookEvent,
    )
    from .eval_run_succeeded_webhook_event import (
        EvalRunSucceededWebhookEvent as EvalRunSucceededWebhookEvent,
    )
    from .fine_tuning_job_cancelled_webhook_event import (
        FineTuningJobCancelledWebhookEvent as FineTuningJobCancelledWebhookEvent,
    )
    from .fine_tuning_job_failed_webhook_event import (
        FineTuningJobFailedWebhookEvent as FineTuningJobFailedWebhookEvent,
    )
    from .fine_tuning_job_succeeded_webhook_event import (
        FineTuningJobSucceededWebhookEvent as FineTuningJobSucceededWebhookEvent,
    )
    from .live_call_incoming_webhook_event import (
        LiveCallIncomingWebhookEvent as LiveCallIncomingWebhookEvent,
    )
    from .realtime_call_incoming_webhook_event import (
        RealtimeCallIncomingWebhookEvent as RealtimeCallIncomingWebhookEvent,
    )
    from .response_cancelled_webhook_event import (
        ResponseCancelledWebhookEvent as ResponseCancelledWebhookEvent,
    )
    from .response_completed_webhook_event import (
        ResponseCompletedWebhookEvent as ResponseCompletedWebhookEvent,
    )
    from .response_failed_webhook_event import (
        ResponseFailedWebhookEvent as ResponseFailedWebhookEvent,
    )
    from .response_incomplete_webhook_event import (
        ResponseIncompleteWebhookEvent as ResponseIncompleteWebhookEvent,
    )
    from .safety_identifier_blocked_webhook_event import (
        SafetyIdentifierBlockedWebhookEvent as SafetyIdentifierBlockedWebhookEvent,
    )
    from .unwrap_webhook_event import UnwrapWebhookEvent as UnwrapWebhookEvent
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
