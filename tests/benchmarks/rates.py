"""What the throughput benchmarks print: count, rate, p50, p95, and the ratio. Shared by
sandbox_throughput.py and relay_throughput.py (not a benchmark itself)."""

import statistics
import time
from collections.abc import Callable


def report(label: str, latencies: list[float], noun: str) -> float:
    """Print the line; the rate (per second)."""
    rate = len(latencies) / sum(latencies)
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"{label:<9} {len(latencies):>5} {noun:<5}  {rate:>8.0f} msg/s  "
        f"p50 {cuts[49] * 1000:6.2f} ms  p95 {cuts[94] * 1000:6.2f} ms"
    )
    return rate


class Side:
    """One side of a comparison: its latencies, and the process's CPU time (every thread: the
    client's and the servers') that its runs took."""

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.cpu_seconds = 0.0

    def run(self, work: Callable[..., list[float]], *args: object) -> None:
        started = time.process_time()
        try:
            self.latencies += work(*args)
        finally:
            self.cpu_seconds += time.process_time() - started


def compare(
    label: str, measured: Side, baseline: Side, noun: str, goal: float | None = 0.8
) -> None:
    """Both lines, then the throughput ratio against the goal (issue 21: >= 0.8; None: a
    ratio for information), and the ratio by CPU time per message, which a busy machine moves
    less than the clock."""
    rate = report(label, measured.latencies, noun)
    baseline_rate = report("baseline", baseline.latencies, noun)
    slower = statistics.median(measured.latencies) / statistics.median(baseline.latencies)
    cpu = (baseline.cpu_seconds / len(baseline.latencies)) / (
        measured.cpu_seconds / len(measured.latencies)
    )
    against = f"goal >= {goal}" if goal is not None else "for information"
    print(
        f"{label} = {rate / baseline_rate:.2f} × baseline throughput, "
        f"{slower:.2f} × its p50 latency ({against}); by CPU time per message "
        f"{cpu:.2f} × baseline throughput"
    )
