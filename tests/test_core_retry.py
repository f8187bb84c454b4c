from email.utils import formatdate

import pytest

from openai_lite.core import retry
from openai_lite.transport.base import Headers

NOW = 1_700_000_000.0


def h(**kw: str) -> Headers:
    return Headers([(k.replace("_", "-"), v) for k, v in kw.items()])


@pytest.mark.parametrize("value,expected", [
    ("20", 20.0), ("0", None), ("-10", None), ("60", 60.0), ("120", 120.0), ("1.5", 1.5),
])
def test_retry_after_seconds(value, expected):
    sleep = retry.retry_sleep(0, h(retry_after=value), NOW, rand=0.0)
    if expected is None:
        assert sleep == retry.backoff(0, 0.0)
    else:
        assert sleep == expected


def test_retry_after_over_cap_means_no_retry_even_with_should_retry_true():
    assert retry.should_retry(429, h(retry_after="121"), NOW) is False
    assert retry.should_retry(500, h(retry_after="121", x_should_retry="true"), NOW) is False
    assert retry.should_retry(429, h(retry_after="120"), NOW) is True


def test_retry_after_ms_wins_and_caps():
    assert retry.server_delay(h(retry_after_ms="1500", retry_after="9"), NOW) == 1.5
    assert retry.should_retry(429, h(retry_after_ms="120000"), NOW) is True
    assert retry.should_retry(429, h(retry_after_ms="120001"), NOW) is False
    # not a number: falls through to retry-after
    assert retry.server_delay(h(retry_after_ms="abc", retry_after="3"), NOW) == 3.0


def test_retry_after_http_date():
    date = formatdate(NOW + 20, usegmt=True)
    assert retry.retry_sleep(0, h(retry_after=date), NOW, 0.0) == pytest.approx(20.0)
    past = formatdate(NOW - 5, usegmt=True)
    assert retry.retry_sleep(1, h(retry_after=past), NOW, 0.0) == retry.backoff(1, 0.0)
    too_far = formatdate(NOW + 121, usegmt=True)
    assert retry.should_retry(503, h(retry_after=too_far), NOW) is False
    assert retry.server_delay(h(retry_after="not a date"), NOW) is None


@pytest.mark.parametrize("value", ["inf", "nan", "garbage", ""])
def test_unusable_retry_after_falls_back_to_status(value):
    assert retry.should_retry(500, h(retry_after=value), NOW) is True
    assert retry.retry_sleep(0, h(retry_after=value), NOW, 0.0) == retry.backoff(0, 0.0)


@pytest.mark.parametrize("status,expected", [
    (408, True), (409, True), (429, True), (500, True), (503, True), (400, False), (401, False),
    (403, False), (404, False), (422, False), (302, False),
])
def test_status_rules(status, expected):
    assert retry.should_retry(status, h(), NOW) is expected


def test_x_should_retry_overrides_status():
    assert retry.should_retry(400, h(x_should_retry="true"), NOW) is True
    assert retry.should_retry(500, h(x_should_retry="false"), NOW) is False
    assert retry.should_retry(500, h(x_should_retry="yes"), NOW) is True


def test_backoff_schedule_and_jitter():
    assert retry.backoff(0, 0.0) == 0.5
    assert retry.backoff(0, 0.999999) == pytest.approx(0.375, abs=1e-5)
    assert retry.backoff(1, 0.0) == 1.0
    assert retry.backoff(4, 0.0) == 8.0
    assert retry.backoff(10, 0.0) == 8.0
    assert retry.backoff(10**9, 0.5) == 7.0  # no overflow
