"""What the SMTP+ relay allows a client before it stops listening: how slowly a command or
message may arrive, how many wrong secrets a connection may try, and how much longer each
further failure from the same address waits for its answer."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RelayLimits:
    """``input_s``: a command line, or a message after its first byte, must arrive within this
    many seconds, plus one second for every ``input_bytes_per_s`` it holds (a large message on
    a slow link). ``auth_failures``: failed AUTHs on one connection before 421 and close.
    ``penalty_step_s``, ``penalty_max_s``: each failed AUTH from an address waits this much
    longer than the one before it, up to the maximum, until one from there succeeds."""

    input_s: float = 30.0
    input_bytes_per_s: int = 64 * 1024
    auth_failures: int = 5
    penalty_step_s: float = 0.25
    penalty_max_s: float = 2.0


@dataclass
class FailedLogins:
    """Failed AUTHs by client address, shared by a relay's connections; an address that has
    not failed for ``forget_after_s`` starts again from nothing."""

    limits: RelayLimits
    forget_after_s: float = 600.0
    _by_address: dict[str, tuple[int, float]] = field(default_factory=dict)

    def penalty(self, address: str) -> float:
        """Record a failure from ``address``: how long its answer waits."""
        now = time.monotonic()
        if len(self._by_address) > 10_000:  # many addresses: keep only the recent ones
            self._by_address = {
                key: entry
                for key, entry in self._by_address.items()
                if now - entry[1] < self.forget_after_s
            }
        count, last = self._by_address.get(address, (0, now))
        count = 1 if now - last >= self.forget_after_s else count + 1
        self._by_address[address] = (count, now)
        return min(self.limits.penalty_step_s * (count - 1), self.limits.penalty_max_s)

    def succeeded(self, address: str) -> None:
        self._by_address.pop(address, None)
