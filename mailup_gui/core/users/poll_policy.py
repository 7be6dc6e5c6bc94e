"""When the dashboard asks MailUp again: interval, slower when minimised, back-off on errors."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_INTERVAL_S = 60.0
MIN_INTERVAL_S = 10.0  # the lowest the user may set; MailUp is a shared service
MINIMISED_FACTOR = 5.0
BACKOFF_CAP_S = 15 * 60.0
_MAX_DOUBLINGS = 20  # keeps 2**n finite; the cap is reached long before


def clamp_interval(seconds: float) -> float:
    """A user-chosen interval within the allowed range."""
    return max(MIN_INTERVAL_S, float(seconds))


@dataclass
class PollPolicy:
    """``interval`` is any positive number of seconds: the user setting goes through
    ``clamp_interval``, tests use fractions of a second."""

    interval: float = DEFAULT_INTERVAL_S
    minimised_factor: float = MINIMISED_FACTOR
    cap: float = BACKOFF_CAP_S
    failures: int = 0  # in a row

    def delay(self, minimised: bool = False) -> float:
        """Seconds until the next request."""
        normal = self.interval * (self.minimised_factor if minimised else 1.0)
        if not self.failures:
            return normal
        backoff = self.interval * 2.0 ** min(self.failures, _MAX_DOUBLINGS)
        return max(normal, min(backoff, max(self.cap, self.interval)))

    def succeeded(self) -> None:
        self.failures = 0

    def failed(self) -> None:
        self.failures += 1
