"""What the throughput benchmarks print: count, rate, p50, p95, and the ratio. Shared by
sandbox_throughput.py and relay_throughput.py (not a benchmark itself)."""

import statistics


def report(label: str, latencies: list[float], noun: str) -> float:
    """Print the line; the rate (per second)."""
    rate = len(latencies) / sum(latencies)
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"{label:<9} {len(latencies):>5} {noun:<5}  {rate:>8.0f} msg/s  "
        f"p50 {cuts[49] * 1000:6.2f} ms  p95 {cuts[94] * 1000:6.2f} ms"
    )
    return rate


def compare(label: str, latencies: list[float], baseline: list[float], noun: str) -> None:
    """Both lines, then the throughput ratio against the goal (issue 21: >= 0.8)."""
    rate = report(label, latencies, noun)
    baseline_rate = report("baseline", baseline, noun)
    slower = statistics.median(latencies) / statistics.median(baseline)
    print(
        f"{label} = {rate / baseline_rate:.2f} × baseline throughput, "
        f"{slower:.2f} × its p50 latency (goal >= 0.8)"
    )
