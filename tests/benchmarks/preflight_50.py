"""`mailup-gui preflight` on 50 typical templates, as a CI step runs it: one process, every file.

The templates are made here: transactional emails of 11–62 KB (an order confirmation with a
table of 40–240 lines, a header, a footer, a <style> block with a dark-mode @media rule, inline
styles on every cell), the kind MailUp's users send. Goal: under 5 s for the 50 (issue #20).
Baseline in the same run: a process that only reads and parses the same 50 files with the
HTML5 parser the checker uses (justhtml), so the ratio shows what the checks cost on top. Wall
time depends on the machine's load (2 shared cores here); the CPU time of the process does not.
Run: python tests/benchmarks/preflight_50.py [--runs N]
"""

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_S = 5.0
TEMPLATES = 50

STYLE = """<style>
  body { margin: 0; padding: 0; }
  .button a { color: #ffffff; text-decoration: none; }
  @media (prefers-color-scheme: dark) { .card { background-color: #1e1e1e !important; } }
  @media screen and (max-width: 600px) { .card { width: 100% !important; } }
</style>"""


def template(number: int) -> str:
    rows = "\n".join(
        f'<tr><td style="padding:8px 12px;border-bottom:1px solid #e5e5e5;font-size:14px;'
        f'color:#333333">Item {line} — a product with a long name</td>'
        f'<td align="right" style="padding:8px 12px;border-bottom:1px solid #e5e5e5;'
        f'font-size:14px;color:#333333">€ {line * 3},90</td></tr>'
        for line in range(40 + (number * 37) % 200)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Order {number}</title>{STYLE}</head>
<body style="background-color:#f4f4f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:24px">
<table role="presentation" class="card" width="600" style="background-color:#ffffff">
<tr><td style="padding:24px">
<img src="https://cdn.example.com/logo.png" width="120" alt="Shop"></td></tr>
<tr><td style="padding:0 24px;font-family:Arial,sans-serif;font-size:16px;color:#222222">
<h1 style="font-size:24px">Thank you for order {number}, [firstname]</h1>
<p>Your order is confirmed.
<a href="https://shop.example.com/orders/{number}">See your order</a></p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
{rows}
</table>
<p class="button"><a href="https://shop.example.com/track/{number}"
style="background:#0645ad;padding:12px 20px;display:inline-block">Track the parcel</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:12px;color:#555555">Example Shop · Via Roma 1, Milano ·
<a href="https://shop.example.com/unsubscribe" style="color:#555555">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body>
</html>
"""


BASELINE = (
    "import sys; from justhtml import JustHTML\n"
    "for path in sys.argv[1:]:\n"
    "    JustHTML(open(path, encoding='utf-8').read(), sanitize=False, track_node_locations=True)\n"
)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{command[:4]}… failed ({result.returncode}): {result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number in range(TEMPLATES):
            path = Path(folder) / f"order-{number:02}.html"
            path.write_text(template(number), encoding="utf-8")
            paths.append(str(path))
        sizes = [Path(path).stat().st_size for path in paths]
        print(f"{TEMPLATES} templates, {min(sizes) // 1024}–{max(sizes) // 1024} KB each")
        checks, baselines = [], []
        for _ in range(args.runs):
            baselines.append(timed([sys.executable, "-c", BASELINE, *paths]))
            checks.append(timed([sys.executable, "-m", "mailup_gui", "preflight", *paths]))
    check_s, check_cpu = (statistics.median(values) for values in zip(*checks, strict=True))
    baseline_s, baseline_cpu = (
        statistics.median(values) for values in zip(*baselines, strict=True)
    )
    print(f"preflight, 50 files: median {check_s:.2f} s wall, {check_cpu:.2f} s CPU")
    print(f"baseline, parse only: median {baseline_s:.2f} s wall, {baseline_cpu:.2f} s CPU")
    print(
        f"ratio to parse only: {check_s / baseline_s:.2f} wall, {check_cpu / baseline_cpu:.2f} CPU"
    )
    verdict = "met" if check_s < GOAL_S else "MISSED (wall time: compare the CPU time under load)"
    print(f"goal, under {GOAL_S:.0f} s wall: {verdict}")


if __name__ == "__main__":
    main()
