"""One send to 50,000 recipients, and one-recipient sends posted while it is being handled.

    python tests/benchmarks/sandbox_large_send.py [RECIPIENTS]

Goals (issue 11): the large send is answered in under 3 s, and every small send posted during it
in under 250 ms (the large one is judged and stored on a worker thread; the .eml, built when
first read, is timed separately). Not a pytest module.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from mailup_gui.api.dto import EmailAddress, Html, Message, NameValue, SmtpUser, XSmtpApi, to_json
from mailup_gui.sandbox.admin import SandboxAdmin
from mailup_gui.sandbox.server import SandboxServer

PATH = "API/v2.0/messages/sendmessage"
RECIPIENTS = 50_000


def message(recipients: int) -> bytes:
    return to_json(
        Message(
            subject="Your order [order_id] has shipped",
            html=Html(
                body="<p>Hello [firstname],</p><p>order <b>[order_id]</b> is on its way.</p>"
            ),
            text="Hello [firstname],\norder [order_id] is on its way.",
            from_=EmailAddress("support@example.com", "Example Support"),
            to=[
                EmailAddress(f"customer{n}@example.org", f"Customer {n}") for n in range(recipients)
            ],
            x_smtp_api=XSmtpApi(
                dynamic_fields=[NameValue("firstname", "Mario"), NameValue("order_id", "A-1042")]
            ),
            user=SmtpUser("s10000_1", "sandbox"),
        )
    )


def timed_post(client: httpx.Client, body: bytes) -> float:
    started = time.perf_counter()
    response = client.post(PATH, content=body)
    elapsed = time.perf_counter() - started
    if response.status_code != 200 or response.json()["Code"] != "0":
        raise SystemExit(f"unexpected answer: {response.status_code} {response.text[:200]}")
    return elapsed


def main() -> None:
    recipients = int(sys.argv[1]) if len(sys.argv) > 1 else RECIPIENTS
    large, small = message(recipients), message(1)
    headers = {"Content-Type": "application/json"}
    with (
        tempfile.TemporaryDirectory() as folder,
        SandboxServer(db_path=Path(folder) / "bench.sqlite3") as sandbox,
        httpx.Client(base_url=sandbox.root_url, headers=headers, timeout=120) as big_client,
        httpx.Client(base_url=sandbox.root_url, headers=headers, timeout=120) as small_client,
    ):
        timed_post(small_client, small)  # warm up
        large_time: list[float] = []
        sender = threading.Thread(target=lambda: large_time.append(timed_post(big_client, large)))
        started = time.perf_counter()
        sender.start()
        small_times: list[float] = []
        while sender.is_alive():
            time.sleep(0.05)
            small_times.append(timed_post(small_client, small))
        sender.join()
        total = time.perf_counter() - started
        with SandboxAdmin(sandbox.root_url, timeout=300) as admin:
            large_id = next(row.id for row in admin.outbox() if row.recipient_count == recipients)
            eml_started = time.perf_counter()
            eml = admin.eml(large_id)
            eml_time = time.perf_counter() - eml_started
    print(
        f"{recipients:,} recipients ({len(large) / 1e6:.1f} MB): answered in {large_time[0]:.2f} s"
    )
    if small_times:
        print(
            f"{len(small_times)} one-recipient sends meanwhile: "
            f"max {max(small_times) * 1000:.0f} ms, "
            f"median {statistics.median(small_times) * 1000:.0f} ms"
        )
    print(
        f"both done after {total:.2f} s; "
        f"its .eml ({len(eml) / 1e6:.1f} MB) built in {eml_time:.2f} s"
    )


if __name__ == "__main__":
    main()
