"""What the throughput benchmarks print: count, rate, p50, p95, and the ratio. Shared by
sandbox_throughput.py and relay_throughput.py (not a benchmark itself)."""

import statistics
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def report(label: str, latencies: list[float], noun: str) -> float:
    """Print the line; the rate (per second)."""
    rate = len(latencies) / sum(latencies)
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"{label:<9} {len(latencies):>5} {noun:<5}  {rate:>8.0f} msg/s  "
        f"p50 {cuts[49] * 1000:6.2f} ms  p95 {cuts[94] * 1000:6.2f} ms"
    )
    return rate


def compare(
    label: str,
    latencies: list[float],
    baseline: list[float],
    noun: str,
    cpu_seconds: tuple[float, float],
) -> None:
    """Both lines, then the throughput ratio against the goal (issue 21: >= 0.8), and the
    ratio of the process's CPU time per message (``cpu_seconds``: the measured one's and the
    baseline's, client and server together), which a busy machine moves less than the clock."""
    rate = report(label, latencies, noun)
    baseline_rate = report("baseline", baseline, noun)
    slower = statistics.median(latencies) / statistics.median(baseline)
    cpu = (cpu_seconds[1] / len(baseline)) / (cpu_seconds[0] / len(latencies))
    print(
        f"{label} = {rate / baseline_rate:.2f} × baseline throughput, "
        f"{slower:.2f} × its p50 latency (goal >= 0.8); by CPU time per message "
        f"{cpu:.2f} × baseline throughput"
    )


class CpuClock:
    """Adds up this process's CPU time (every thread) spent in ``timed`` calls."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def timed(self, work: Callable[..., T], *args: object) -> T:
        started = time.process_time()
        try:
            return work(*args)
        finally:
            self.seconds += time.process_time() - started
