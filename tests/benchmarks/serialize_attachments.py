"""Benchmark: serializing a SendMessage body with 10 MB of attachments.

Run: python tests/benchmarks/serialize_attachments.py [runs]

(a) ours: build the DTOs and ``MailUpClient.request_body(message)`` (msgspec, base64 inside);
(b) baseline: base64-encode the same bytes with ``base64.b64encode(...).decode()`` and
    ``json.dumps`` the equivalent dict.
Both timed regions start from the raw attachment bytes; runs alternate; medians are printed
with the ratio ours/baseline (lower is better). No assertion: a report, not a test.
"""

from __future__ import annotations

import base64
import json
import os
import statistics
import sys
import time

from mailup_gui.api.client import MailUpClient
from mailup_gui.api.dto import EmailAddress, Message, MessagePart, NameValue, XSmtpApi

PARTS = 5
PART_SIZE = 2 * 1024 * 1024  # 5 x 2 MB = 10 MB, MailUp's attachment limit
USERNAME, SECRET = "s10000_1", "benchmark-secret"


def ours(client: MailUpClient, blobs: list[bytes]) -> bytes:
    message = Message(
        subject="Invoice [invoice_no]",
        text="Dear [firstname], please find the files attached.",
        from_=EmailAddress(email="support@example.com", name="Example Support"),
        to=[EmailAddress(email="mario.rossi@example.org", name="Mario Rossi")],
        attachments=[
            MessagePart(filename=f"file{n}.bin", body=blob) for n, blob in enumerate(blobs)
        ],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("firstname", "Mario")]),
    )
    return client.request_body(message)


def baseline(blobs: list[bytes]) -> bytes:
    body = {
        "Subject": "Invoice [invoice_no]",
        "Text": "Dear [firstname], please find the files attached.",
        "From": {"Email": "support@example.com", "Name": "Example Support"},
        "To": [{"Email": "mario.rossi@example.org", "Name": "Mario Rossi"}],
        "Attachments": [
            {"Filename": f"file{n}.bin", "Body": base64.b64encode(blob).decode()}
            for n, blob in enumerate(blobs)
        ],
        "XSmtpAPI": {"DynamicFields": [{"N": "firstname", "V": "Mario"}]},
        "User": {"Username": USERNAME, "Secret": SECRET},
    }
    return json.dumps(body).encode()


def main(runs: int = 15) -> None:
    blobs = [os.urandom(PART_SIZE) for _ in range(PARTS)]
    client = MailUpClient(username=USERNAME, secret=SECRET)
    try:
        # Same content on the wire, so the comparison is fair.
        mine, theirs = ours(client, blobs), baseline(blobs)
        assert json.loads(mine) == json.loads(theirs), "the two paths must produce the same JSON"
        print(
            f"payload: {PARTS} x {PART_SIZE // 1024 // 1024} MB attachments, "
            f"JSON body {len(mine) / 1e6:.1f} MB (ours) / {len(theirs) / 1e6:.1f} MB (baseline)"
        )
        ours_times: list[float] = []
        base_times: list[float] = []
        for run in range(runs):
            order = [("ours", lambda: ours(client, blobs)), ("baseline", lambda: baseline(blobs))]
            if run % 2:  # alternate which goes first, so warm caches favour neither
                order.reverse()
            for name, fn in order:
                start = time.perf_counter()
                fn()
                elapsed = time.perf_counter() - start
                (ours_times if name == "ours" else base_times).append(elapsed)
    finally:
        client.close()
    ours_median = statistics.median(ours_times)
    base_median = statistics.median(base_times)
    print(f"runs: {runs} each, alternating")
    print(f"ours     (DTO + MailUpClient.request_body): median {ours_median * 1e3:8.2f} ms")
    print(f"baseline (b64encode + json.dumps):          median {base_median * 1e3:8.2f} ms")
    print(f"ratio ours/baseline: {ours_median / base_median:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
