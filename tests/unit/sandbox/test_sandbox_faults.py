"""The fault switch: counting, clearing, and refusing contradictions."""

import pytest

from mailup_gui.sandbox.faults import FaultConfig, Faults


def test_off_by_default_and_off_means_no_fault():
    faults = Faults()
    assert faults.take() is None
    faults.set(FaultConfig(times=3))  # nothing to inject
    assert faults.take() is None


def test_times_counts_down_then_clears():
    faults = Faults()
    faults.set(FaultConfig(http_5xx=503, times=2))

    assert faults.take().http_5xx == 503
    assert faults.config.times == 1
    assert faults.take().http_5xx == 503
    assert faults.take() is None
    assert faults.config == FaultConfig()


def test_until_cleared_without_times():
    faults = Faults()
    faults.set(FaultConfig(latency_ms=10))
    assert all(faults.take().latency_ms == 10 for _ in range(5))
    faults.clear()
    assert faults.take() is None


def test_refusing_and_dropping_at_once_is_refused():
    with pytest.raises(ValueError, match="http_5xx or drop"):
        Faults().set(FaultConfig(http_5xx=500, drop=True))
