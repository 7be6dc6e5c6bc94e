"""The relay's door (issue 19): STARTTLS inside TLS, wrong secrets on one connection and from
one address, a client that trickles its input, and inputs that used to answer 500 with a
traceback — each now a specific reply. Real smtplib clients and raw sockets over loopback."""

import base64
import json
import logging
import smtplib
import socket
import time

import pytest

from mailup_gui.sandbox.relay_limits import RelayLimits
from mailup_gui.sandbox.relay_server import RelayServer
from mailup_gui.sandbox.server import default_data_path
from mailup_gui.sandbox.state import SandboxState


@pytest.fixture
def relay_with(tmp_path):
    """A relay of its own with ``limits`` (fast ones for the test), stopped after the test."""
    started = []

    def start(limits: RelayLimits) -> tuple[str, int]:
        state = SandboxState.open(tmp_path / "outbox.sqlite3", default_data_path())
        relay = RelayServer(state, "127.0.0.1", 0, tmp_path, limits)
        relay.start()
        started.append((relay, state))
        return relay.host, relay.port

    yield start
    for relay, state in started:
        relay.stop()
        state.close()


def test_starttls_inside_tls_is_503(connect):
    client = connect(login=None)  # after STARTTLS
    code, reply = client.docmd("STARTTLS")
    assert (code, reply) == (503, b"5.5.1 TLS is already active.")
    assert client.noop()[0] == 250  # the session goes on, still in TLS


def test_the_fifth_wrong_secret_on_a_connection_closes_it_with_421(relay_with):
    address = relay_with(RelayLimits(penalty_step_s=0.0))
    with smtplib.SMTP(*address, timeout=10) as client:
        client.ehlo()
        wrong = "PLAIN " + base64.b64encode(b"\0s10000_1\0wrong").decode()
        codes = [client.docmd("AUTH", wrong)[0] for _ in range(5)]
        assert codes == [535] * 5
        code, reply = client.getreply()
        assert code == 421 and b"5 failed authentications" in reply
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.login("s10000_1", "sandbox")  # the right secret comes too late


def test_wrong_secrets_from_one_address_are_answered_later_each_time(relay_with):
    address = relay_with(RelayLimits(penalty_step_s=0.3, penalty_max_s=0.6))
    waits = []
    for _ in range(4):  # a new connection each time: the address is remembered
        with smtplib.SMTP(*address, timeout=10) as client:
            client.ehlo()
            started = time.monotonic()
            with pytest.raises(smtplib.SMTPAuthenticationError):
                client.login("s10000_1", "wrong")
            waits.append(time.monotonic() - started)
    # Lower bounds only (a loaded machine is slower, never faster): 0, 0.3, 0.6, 0.6 (the cap).
    assert waits[1] >= 0.3 and waits[2] >= 0.6 and waits[3] >= 0.6
    with smtplib.SMTP(*address, timeout=10) as client:  # the right secret clears the record
        client.ehlo()
        client.login("s10000_1", "sandbox")
    with smtplib.SMTP(*address, timeout=10) as client:
        client.ehlo()
        started = time.monotonic()
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login("s10000_1", "wrong")
        first_again = time.monotonic() - started
    assert first_again < waits[2]


def trickle(address, data: bytes, every_s: float, limit_s: float) -> bytes:
    """Send ``data`` a byte at a time; what the relay answered, once it closed."""
    with socket.create_connection(address, timeout=limit_s + 10) as sock:
        reader = sock.makefile("rb")
        reader.readline()  # the greeting
        deadline = time.monotonic() + limit_s + 10
        try:
            for byte in data:
                sock.sendall(bytes([byte]))
                time.sleep(every_s)
                if time.monotonic() > deadline:
                    break
        except OSError:  # closed by the relay
            pass
        return reader.read()


def test_a_client_that_trickles_a_command_is_cut_off(relay_with):
    address = relay_with(RelayLimits(input_s=1.0))
    started = time.monotonic()
    answer = trickle(address, b"EHLO " + b"x" * 200 + b"\r\n", every_s=0.05, limit_s=1.0)
    assert answer.startswith(b"421 4.4.2 Input too slow")
    assert time.monotonic() - started < 8  # cut at ~1 s, not after the whole line (10 s)


def test_a_client_that_trickles_its_message_is_cut_off(relay_with):
    address = relay_with(RelayLimits(input_s=1.0))
    with socket.create_connection(address, timeout=15) as sock:
        reader = sock.makefile("rb")
        reader.readline()

        def command(line: bytes) -> bytes:
            sock.sendall(line + b"\r\n")
            while True:
                reply = reader.readline()
                if reply[3:4] != b"-":
                    return reply

        command(b"EHLO client")
        auth = b"AUTH PLAIN " + base64.b64encode(b"\0s10000_1\0sandbox")
        assert command(auth).startswith(b"235")
        assert command(b"MAIL FROM:<support@example.com>").startswith(b"250")
        assert command(b"RCPT TO:<mario@example.org>").startswith(b"250")
        assert command(b"DATA").startswith(b"354")
        body = b"Subject: slow\r\n\r\n" + b"line\r\n" * 100
        answer = b""
        started = time.monotonic()
        try:
            for at in range(0, len(body), 6):  # a whole line every 0.1 s: still too slow
                sock.sendall(body[at : at + 6])
                time.sleep(0.1)
                if time.monotonic() - started > 12:
                    break
        except OSError:
            pass
        answer = reader.read()
    assert answer.startswith(b"421 4.4.2 Input too slow")


def test_a_large_message_on_a_normal_connection_is_not_cut_off(relay_with):
    address = relay_with(RelayLimits(input_s=1.0))
    with smtplib.SMTP(*address, timeout=20) as client:
        client.ehlo()
        time.sleep(1.5)  # idle between commands is not slow input
        client.login("s10000_1", "sandbox")
        big = "x" * 76 + "\r\n"
        client.sendmail(
            "support@example.com",
            ["mario@example.org"],
            "Subject: big\r\nFrom: support@example.com\r\nTo: mario@example.org\r\n\r\n"
            + big * 60_000,
        )


NO_500_CASES = {
    "a charset with NUL": (
        b'Content-Type: text/plain; charset="utf-8\x00"\r\n\r\nHello\r\n',
        550,
        b"5.6.0 A text/plain part is in a character set the sandbox cannot read",
    ),
    "multipart nested 2,000 deep": (
        b"MIME-Version: 1.0\r\n"
        + b"".join(
            b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (level, level)
            for level in range(2000)
        )
        + b"Content-Type: text/plain\r\n\r\nHello\r\n",
        554,
        b"5.6.0 The message declares 2,000 multipart boundaries; the relay reads up to 100.",
    ),
    "a far-future Schedule in X-SMTPAPI": (
        b"X-SMTPAPI: "
        + json.dumps({"Schedule": "9999-12-31T23:59:59-14:00"}).encode()
        + b"\r\n\r\nHello\r\n",
        550,
        b"5.6.0 X-SMTPAPI: Schedule: not a date",
    ),
    "a raw UTF-8 display name": (
        "From: Jörg <support@example.com>\r\n\r\nHi\r\n".encode(),
        250,
        b"",
    ),
}


@pytest.mark.parametrize("case", NO_500_CASES)
def test_inputs_that_were_500_get_a_specific_reply(connect, sandbox_admin, caplog, case):
    tail, code, reply = NO_500_CASES[case]
    head = b"To: mario@example.org\r\nSubject: case\r\n"
    if not tail.startswith(b"From:"):
        head = b"From: support@example.com\r\n" + head
    with caplog.at_level(logging.INFO):
        try:
            connect().sendmail("support@example.com", ["mario@example.org"], head + tail)
            answer = (250, b"")
        except smtplib.SMTPDataError as refused:
            answer = (refused.smtp_code, refused.smtp_error)
    assert answer[0] == code and answer[1].startswith(reply)
    assert not [record for record in caplog.records if record.exc_info]  # no traceback
    assert len(sandbox_admin.outbox()) == (1 if code == 250 else 0)
