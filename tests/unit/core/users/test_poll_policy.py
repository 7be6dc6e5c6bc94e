"""When the dashboard polls: interval, minimised, exponential back-off with a cap, reset."""

from mailup_gui.core.users.poll_policy import (
    BACKOFF_CAP_S,
    DEFAULT_INTERVAL_S,
    MIN_INTERVAL_S,
    PollPolicy,
    clamp_interval,
)


def test_defaults_and_the_user_minimum():
    assert PollPolicy().delay() == DEFAULT_INTERVAL_S == 60
    assert clamp_interval(3) == MIN_INTERVAL_S == 10
    assert clamp_interval(90) == 90


def test_minimised_is_slower():
    policy = PollPolicy(interval=60)
    assert policy.delay(minimised=True) == 300


def test_failures_double_the_delay_up_to_the_cap_and_success_resets():
    policy = PollPolicy(interval=60)
    delays = []
    for _ in range(6):
        policy.failed()
        delays.append(policy.delay())
    assert delays == [120, 240, 480, BACKOFF_CAP_S, BACKOFF_CAP_S, BACKOFF_CAP_S]
    policy.succeeded()
    assert policy.delay() == 60


def test_back_off_never_polls_faster_than_minimised_and_survives_many_failures():
    policy = PollPolicy(interval=60)
    policy.failed()
    assert policy.delay(minimised=True) == 300  # 120 s of back-off, but minimised waits longer
    for _ in range(5000):
        policy.failed()
    assert policy.delay() == BACKOFF_CAP_S


def test_an_interval_above_the_cap_is_not_shortened_by_back_off():
    policy = PollPolicy(interval=3600)
    policy.failed()
    assert policy.delay() == 3600


def test_short_programmatic_intervals_scale_the_same_way():
    policy = PollPolicy(interval=0.05)
    policy.failed()
    first = policy.delay()
    policy.failed()
    assert policy.delay() == 2 * first == 0.2
