"""The sandbox's SMTP+ relay as the app runs it (a child process) and in-process: its line comes
before the API's, it stops cleanly with the sandbox, and its certificate is kept and reused."""

import os
import re
import signal
import smtplib
import subprocess
import sys
import threading

import pytest

from mailup_gui.core.app.sandbox_child import sandbox_command
from mailup_gui.sandbox.certificate import CERT_NAME, KEY_NAME
from mailup_gui.sandbox.server import SandboxServer

_SMTP_LINE = re.compile(r"SMTP\+ relay listening on smtp://127\.0\.0\.1:(\d+)$")


def start_embedded(tmp_path) -> tuple[subprocess.Popen, int]:
    """The sandbox started with the app's own command; the relay's port."""
    env = {**os.environ, "MAILUP_GUI_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        sandbox_command(tmp_path / "sandbox.log"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    relay = _SMTP_LINE.match(process.stdout.readline().strip())
    assert relay, "the relay's line comes first"
    assert process.stdout.readline().startswith("MailUp sandbox listening on http://127.0.0.1:")
    return process, int(relay.group(1))


def finish(process: subprocess.Popen, log_file) -> str:
    """What the child wrote: its stderr until its log took over, then the log."""
    process.wait(timeout=15)
    err = process.stderr.read() + log_file.read_text()
    assert process.returncode == 0, err
    assert "Traceback" not in err and "Fatal Python error" not in err
    return err


@pytest.mark.parametrize(
    "stop",
    [
        pytest.param(lambda process: process.stdin.close(), id="stdin-closed"),
        pytest.param(
            lambda process: process.send_signal(signal.SIGTERM),
            id="SIGTERM",
            marks=pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
        ),
    ],
)
def test_the_embedded_sandbox_runs_a_relay_and_stops_with_a_session_open(tmp_path, stop):
    process, port = start_embedded(tmp_path)
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.ehlo()
            assert client.has_extn("starttls")
            client.login("s10000_1", "sandbox")
            assert client.mail("support@example.com")[0] == 250
            stop(process)  # mid-conversation
            err = finish(process, tmp_path / "sandbox.log")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for pipe in (process.stdin, process.stdout, process.stderr):
            pipe.close()
    assert (tmp_path / "data" / CERT_NAME).exists()  # next to the outbox
    assert "Finished server process" in err


def test_the_certificate_is_made_once_and_reused(tmp_path):
    with SandboxServer(db_path=tmp_path / "outbox.sqlite3", smtp_port=0) as server:
        assert server.smtp_url.startswith("smtp://127.0.0.1:")
    first = (tmp_path / CERT_NAME).read_bytes()
    if os.name == "posix":
        assert (tmp_path / KEY_NAME).stat().st_mode & 0o077 == 0  # the owner's only
    with (
        SandboxServer(db_path=tmp_path / "outbox.sqlite3", smtp_port=0) as server,
        smtplib.SMTP(*server.smtp_address, timeout=10) as client,
    ):
        client.starttls()
        assert client.sock.getpeercert(binary_form=True)
    assert (tmp_path / CERT_NAME).read_bytes() == first


def test_without_smtp_port_there_is_no_relay(tmp_path):
    with SandboxServer(db_path=tmp_path / "outbox.sqlite3") as server:
        assert server.smtp_url is None and server.smtp_address is None
    assert not (tmp_path / CERT_NAME).exists()


def test_the_relay_listens_before_its_certificate_is_loaded(tmp_path, monkeypatch):
    """Loading or making the certificate (cryptography) is off the start's path; the first
    session waits for it."""
    from mailup_gui.sandbox import certificate, relay_server

    release = threading.Event()
    made = certificate.tls_context

    def held(folder, host):
        release.wait(30)
        return made(folder, host)

    monkeypatch.setattr(certificate, "tls_context", held)
    monkeypatch.setattr(relay_server, "tls_context", held, raising=False)  # a name bound early
    server = SandboxServer(db_path=tmp_path / "outbox.sqlite3", smtp_port=0)
    started = threading.Event()
    threading.Thread(target=lambda: (server.start(), started.set()), daemon=True).start()
    try:
        assert started.wait(15), "the start waited for the certificate"
        release.set()
        with smtplib.SMTP(*server.smtp_address, timeout=10) as client:
            client.starttls()
            assert client.sock.getpeercert(binary_form=True)
    finally:
        release.set()
        started.wait(30)
        server.stop()
