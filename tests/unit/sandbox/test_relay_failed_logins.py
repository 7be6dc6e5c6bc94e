"""The relay's record of wrong secrets by address: each failure waits longer, up to a cap; a
success or a long quiet forgets the address."""

import time

from mailup_gui.sandbox.relay_limits import FailedLogins, RelayLimits


def test_each_failure_from_an_address_waits_longer_up_to_the_cap():
    failed = FailedLogins(RelayLimits(penalty_step_s=0.25, penalty_max_s=1.0))
    assert [failed.penalty("192.0.2.1") for _ in range(7)] == [0, 0.25, 0.5, 0.75, 1.0, 1.0, 1.0]
    assert failed.penalty("192.0.2.2") == 0  # another address starts from nothing


def test_a_success_or_a_quiet_spell_forgets_the_address(monkeypatch):
    failed = FailedLogins(RelayLimits(penalty_step_s=0.5), forget_after_s=60)
    failed.penalty("192.0.2.1")
    failed.penalty("192.0.2.1")
    failed.succeeded("192.0.2.1")
    assert failed.penalty("192.0.2.1") == 0
    later = time.monotonic() + 61
    monkeypatch.setattr(time, "monotonic", lambda: later)
    assert failed.penalty("192.0.2.1") == 0
