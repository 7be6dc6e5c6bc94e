"""The .eml of the largest messages the sandbox accepts, and other .eml reads while one builds.

    python tests/benchmarks/sandbox_eml_build.py

Goals (issue 19): each largest shape builds in under 2 s and 300 MiB (peak RSS growth of a
fresh process over its size before the build); a small message's .eml, read while a large one
is being built, answers in under 250 ms (one build never makes another wait).

Each shape is a request body of at most the default 15 MiB cap that the sandbox takes: files
(10 MB) plus merge tags filled to the 20 MB text limit; as many named recipients as fit; the
longest non-ASCII display names; the longest non-ASCII extended header values. Baseline, in
the same run: the email package writing the same number of bytes as one base64 attachment
(its own linear path), so the ratio shows what the headers cost beyond moving the bytes.
Not a pytest module.
"""

from __future__ import annotations

import base64
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import httpx

BODY_CAP = 15 * 1024 * 1024
USER = {"Username": "s10000_1", "Secret": "sandbox"}
SEND = "API/v2.0/messages/sendmessage"


def request(**members: object) -> dict[str, object]:
    return {
        "Subject": "Your order",
        "From": {"Email": "support@example.com", "Name": "Example Support"},
        "To": [{"Email": "mario@example.org", "Name": "Mario Rossi"}],
        "User": USER,
        **members,
    }


def files_and_text() -> dict[str, object]:
    value = "v" * 40  # 250,000 tags of 3 characters each become 10,000,000 characters
    attachment = bytes(range(256)) * (10 * 1024 * 1024 // 256)
    return request(
        Text="[v]" * 250_000,
        Html={"Body": "[v]" * 250_000},
        Attachments=[{"Filename": "report.pdf", "Body": base64.b64encode(attachment).decode()}],
        XSmtpAPI={"DynamicFields": [{"N": "v", "V": value}]},
    )


def recipients() -> dict[str, object]:
    one = len(json.dumps({"Email": "c1000000@example.org", "Name": "Customer 1000000"})) + 2
    count = (BODY_CAP - 1000) // one
    to = [{"Email": f"c{n}@example.org", "Name": f"Customer {n}"} for n in range(count)]
    return request(Text="Hi", To=to)


def display_names() -> dict[str, object]:
    name = ("Nicolò Città è " * 80)[:998]
    one = len(json.dumps({"Email": "c100000@example.org", "Name": name}, ensure_ascii=False))
    count = (BODY_CAP - 1000) // (len(name.encode()) - len(name) + one + 2)
    to = [{"Email": f"c{n}@example.org", "Name": name} for n in range(count)]
    return request(Text="Hi", To=to, From={"Email": "support@example.com", "Name": name})


def header_values() -> dict[str, object]:
    value = ("perché più città " * 500)[:8192]
    size = len(value.encode()) + 40
    headers = [{"N": f"X-Campaign-{n}", "V": value} for n in range((BODY_CAP - 1000) // size)]
    return request(Text="Hi", ExtendedHeaders=headers, Subject=("città " * 200)[:998])


SHAPES = {
    "files + 20 MB of text": files_and_text,
    "named recipients": recipients,
    "998-char display names": display_names,
    "8,192-char header values": header_values,
}


def _build_in_this_process(shape: str) -> None:
    """Child: render the shape as the sandbox does, then time the .eml build alone."""
    from mailup_gui.sandbox.checks import decode_request
    from mailup_gui.sandbox.content import problems
    from mailup_gui.sandbox.rendering import build_eml, render

    body = json.dumps(SHAPES[shape](), ensure_ascii=False).encode()
    assert len(body) <= BODY_CAP, (shape, len(body))
    from mailup_gui.api.dto import Message

    message, _ = decode_request(body, Message)
    assert not problems(message), problems(message)[:1]
    source = render(message, datetime.now(UTC)).mime_source
    del body, message
    before = _rss_mib()
    started = time.perf_counter()
    eml = build_eml(source)
    seconds = time.perf_counter() - started
    grown = _peak_mib() - before

    baseline = EmailMessage()
    baseline.set_content(b"x" * len(eml), "application", "octet-stream")
    started = time.perf_counter()
    baseline.as_bytes(policy=SMTP)
    baseline_seconds = time.perf_counter() - started
    print(json.dumps([len(eml), seconds, grown, baseline_seconds]))


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_shapes() -> None:
    for shape in SHAPES:
        child = subprocess.run(
            [sys.executable, __file__, "--child", shape],
            capture_output=True,
            text=True,
            check=True,
        )
        size, seconds, grown, baseline = json.loads(child.stdout.strip().splitlines()[-1])
        verdict = "ok" if seconds < 2 and grown < 300 else "OVER GOAL"
        print(
            f"{shape:<26} .eml {size / 1e6:6.1f} MB  build {seconds:5.2f} s  "
            f"+{grown:5.0f} MiB  = {seconds / baseline:4.1f} × baseline ({baseline:.2f} s)  "
            f"{verdict}"
        )


def measure_side_by_side() -> None:
    """A small .eml read again and again while the largest one is built."""
    from mailup_gui.sandbox.admin import SandboxAdmin
    from mailup_gui.sandbox.server import SandboxServer

    with (
        tempfile.TemporaryDirectory() as folder,
        SandboxServer(db_path=Path(folder) / "bench.sqlite3") as sandbox,
        httpx.Client(base_url=sandbox.root_url, timeout=120) as client,
        SandboxAdmin(sandbox.root_url) as admin,
    ):
        large = client.post(SEND, json=files_and_text()).json()
        assert large["Code"] == "0", large
        large_id = admin.outbox()[0].id

        def small_eml_latencies(count: int) -> list[float]:
            latencies = []
            for _ in range(count):
                small = client.post(SEND, json=request(Text="Hi")).json()
                small_id = int(small["Message"].rstrip(".").rpartition(" ")[2])
                started = time.perf_counter()
                assert client.get(f"sandbox/outbox/{small_id}.eml").status_code == 200
                latencies.append(time.perf_counter() - started)
            return latencies

        alone = small_eml_latencies(20)
        build = threading.Thread(target=admin.eml, args=(large_id,))
        started = time.perf_counter()
        build.start()
        during: list[float] = []
        while build.is_alive():
            during += small_eml_latencies(1)
        build.join()
        built = time.perf_counter() - started
    p50_alone, p50_during = statistics.median(alone), statistics.median(during)
    worst = max(during)
    verdict = "ok" if worst < 0.25 else "OVER GOAL"
    print(
        f"small .eml alone p50 {p50_alone * 1000:5.1f} ms; during a {built:.2f} s build of the "
        f"largest: {len(during)} reads, p50 {p50_during * 1000:5.1f} ms "
        f"({p50_during / p50_alone:.1f} × alone), worst {worst * 1000:5.1f} ms  {verdict}"
    )


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _build_in_this_process(sys.argv[2])
        return
    measure_shapes()
    measure_side_by_side()


if __name__ == "__main__":
    main()
