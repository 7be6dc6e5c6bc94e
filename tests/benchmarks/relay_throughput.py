"""SMTP+ relay throughput: messages sent over one smtplib connection, AUTH once.

    python tests/benchmarks/relay_throughput.py [MESSAGES]

Each message is what a mail client sends: a text part, an HTML part, a 2 KB attachment and an
X-SMTPAPI header. Baseline in the same run: a bare aiosmtpd server (its own event loop in a
thread, as the relay runs) whose handler parses the same message with the ``email`` package and
accepts it. The ratio shows what reading the message back into a request, judging, rendering
and storing it cost on top of that; the goal is >= 0.8. The two are measured in alternating
rounds, so that a busy machine weighs on both alike. Not a pytest module.
"""

from __future__ import annotations

import asyncio
import email
import json
import smtplib
import sys
import tempfile
import threading
import time
from email import policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.smtp import SMTP, AuthResult
from rates import Side, compare

from mailup_gui.sandbox.listening import listen
from mailup_gui.sandbox.server import SandboxServer

MESSAGES = 200
ROUNDS = 5
WARM_UP = 5
SENDER, RECIPIENT = "support@example.com", "mario.rossi@example.org"
USERNAME, SECRET = "s10000_1", "sandbox"


def message(number: int) -> bytes:
    """One message; each has its own Message-ID and MIME boundaries, as real ones do."""
    mail = EmailMessage()
    mail["Message-ID"] = f"<{number}.relay-benchmark@example.com>"
    mail["From"] = f"Example Support <{SENDER}>"
    mail["To"] = f"Mario Rossi <{RECIPIENT}>"
    mail["Subject"] = "Your order [order_id] has shipped"
    mail["X-SMTPAPI"] = json.dumps(
        {"DynamicFields": [{"N": "firstname", "V": "Mario"}, {"N": "order_id", "V": "A-1042"}]}
    )
    mail.set_content("Hello [firstname],\nyour order [order_id] is on its way.\n")
    mail.add_alternative(
        "<html><body><p>Hello [firstname],</p><p>your order <b>[order_id]</b> is on its way."
        "</p></body></html>",
        subtype="html",
    )
    mail.add_attachment(bytes(range(256)) * 8, "application", "octet-stream", filename="a.bin")
    return mail.as_bytes(policy=policy.SMTP)  # CRLF line ends, as a mail client sends


def send_many(port: int, contents: list[bytes]) -> list[float]:
    """Latencies (s) of ``contents`` sent on one connection; every answer must be 250."""
    latencies: list[float] = []
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.login(USERNAME, SECRET)
        for content in contents[:WARM_UP]:
            client.sendmail(SENDER, [RECIPIENT], content)
        for content in contents[WARM_UP:]:
            started = time.perf_counter()
            refused = client.sendmail(SENDER, [RECIPIENT], content)
            latencies.append(time.perf_counter() - started)
            if refused:
                raise SystemExit(f"refused: {refused}")
    return latencies


class _ParseAndAccept:
    """The baseline's handler: parse the message with ``email``, as a minimal relay would."""

    def __init__(self) -> None:
        self.parsed = 0

    async def handle_DATA(self, server, session, envelope) -> str:
        parsed = email.message_from_bytes(
            envelope.original_content, _class=EmailMessage, policy=policy.default
        )
        if parsed.get_body(("html",)) is None:
            return "550 no HTML part"
        self.parsed += 1
        return f"250 2.0.0 Ok: queued as {self.parsed}"


def _accept_anyone(server, session, envelope, mechanism, data) -> AuthResult:
    return AuthResult(success=True)


class BareRelay:
    """A bare aiosmtpd server on its own event loop in a thread, AUTH in the clear."""

    def __init__(self) -> None:
        self._socket = listen("127.0.0.1", 0)
        self.port = self._socket.getsockname()[1]
        self._loop = asyncio.new_event_loop()
        handler = _ParseAndAccept()

        def session() -> SMTP:
            smtp = SMTP(
                handler,
                authenticator=_accept_anyone,
                auth_required=True,
                auth_require_tls=True,
                loop=self._loop,
            )
            smtp._auth_require_tls = False  # as the relay does on loopback, without the warning
            return smtp

        self._server = self._loop.run_until_complete(
            self._loop.create_server(session, sock=self._socket)
        )
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._server.close)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else MESSAGES
    per_round = limit // ROUNDS + WARM_UP
    contents = [message(number) for number in range(2 * ROUNDS * per_round)]
    measured, baseline = Side(), Side()
    server = BareRelay()
    with (
        tempfile.TemporaryDirectory() as folder,
        SandboxServer(db_path=Path(folder) / "bench.sqlite3", smtp_port=0) as sandbox,
    ):
        address = sandbox.smtp_address
        assert address is not None  # smtp_port given
        try:
            for round_ in range(2 * ROUNDS):  # the relay, the baseline, the relay…
                batch = contents[round_ * per_round : (round_ + 1) * per_round]
                if round_ % 2 == 0:
                    measured.run(send_many, address[1], batch)
                else:
                    baseline.run(send_many, server.port, batch)
        finally:
            server.stop()
    print(f"{len(contents[0]):,} bytes a message, {ROUNDS} alternating rounds each")
    compare("relay", measured, baseline, "msgs")


if __name__ == "__main__":
    main()
