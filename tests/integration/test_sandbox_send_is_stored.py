"""A send the sandbox answers 200 for is in the outbox file before the answer leaves: another
process reads it at once, a kill -9 right after loses none of it, and a send that cannot be
stored (a full disk) is answered as an error to its own client, never logged after a 200."""

import signal
import smtplib
import sqlite3
import sys
from email.message import EmailMessage

import httpx
import pytest

from mailup_gui.sandbox.server import SandboxServer
from tests.support.sandbox_process import start_sandbox, stop_if_running
from tests.support.sandbox_requests import SEND, message


def stored_subjects(path) -> list[str]:
    """The outbox's subjects as another connection (another process would) reads the file."""
    db = sqlite3.connect(path)
    try:
        return [row[0] for row in db.execute("SELECT subject FROM outbox ORDER BY id")]
    finally:
        db.close()


def test_every_send_answered_is_in_the_file_at_once(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    with SandboxServer(db_path=path) as sandbox, httpx.Client(base_url=sandbox.root_url) as client:
        for n in range(30):
            answer = client.post(SEND, json=message(Subject=f"Send {n}"))
            assert answer.status_code == 200, answer.text
            assert stored_subjects(path)[-1] == f"Send {n}"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_kill_right_after_the_answers_loses_none_of_them(tmp_path):
    process, root_url = start_sandbox(tmp_path)
    try:
        with httpx.Client(base_url=root_url) as client:
            for n in range(40):
                assert client.post(SEND, json=message(Subject=f"Kept {n}")).status_code == 200
        process.send_signal(signal.SIGKILL)  # no clean close: nothing left to commit it
        process.wait(timeout=15)
    finally:
        stop_if_running(process)
    assert stored_subjects(tmp_path / "data" / "sandbox.sqlite3") == [
        f"Kept {n}" for n in range(40)
    ]


def fill_the_disk(sandbox) -> None:
    """SQLite's own limit on the file's size: the next write that needs a page fails with
    SQLITE_FULL, the error a full disk gives (a real full disk cannot be made on demand)."""
    db = sandbox._state.outbox._db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_send_that_cannot_be_stored_is_answered_as_an_error(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    large = "<p>" + "x" * 100_000 + "</p>"  # more than the file has room for
    with SandboxServer(db_path=path) as sandbox, httpx.Client(base_url=sandbox.root_url) as client:
        assert client.post(SEND, json=message(Subject="Before")).status_code == 200
        fill_the_disk(sandbox)
        answer = client.post(SEND, json=message(Subject="Lost", Html={"Body": large}))
        assert answer.status_code == 500  # a server failure: the client may send it again
        assert "could not accept the message" in answer.json()["Message"]
        assert "full" in answer.json()["Message"]
        assert stored_subjects(path) == ["Before"]


def test_a_relayed_message_that_cannot_be_stored_is_refused_for_now(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "support@example.com", "m@example.org", "Lost"
    mail.set_content("x" * 100_000)
    with SandboxServer(db_path=path, smtp_port=0) as sandbox:
        fill_the_disk(sandbox)
        host, port = sandbox.smtp_address
        with smtplib.SMTP(host, port, timeout=30) as smtp:
            smtp.starttls()
            smtp.login("s10000_1", "sandbox")
            with pytest.raises(smtplib.SMTPDataError) as refused:
                smtp.send_message(mail)
    assert refused.value.smtp_code == 452  # temporary: the sender's server tries again
    assert b"could not accept this message" in refused.value.smtp_error
    assert stored_subjects(path) == []


def test_an_admin_write_that_cannot_be_stored_is_said_as_an_admin_error(tmp_path):
    """The .eml is built and kept on its first read: with no room for it, the admin endpoint
    answers its own ``{"error": ...}`` (507), not Starlette's bare 500."""
    path = tmp_path / "outbox.sqlite3"
    large = "<p>" + "x" * 100_000 + "</p>"
    with SandboxServer(db_path=path) as sandbox, httpx.Client(base_url=sandbox.root_url) as client:
        sent = client.post(SEND, json=message(Subject="Kept", Html={"Body": large}))
        assert sent.status_code == 200, sent.text
        fill_the_disk(sandbox)
        (summary,) = client.get("/sandbox/outbox").json()
        answer = client.get(f"/sandbox/outbox/{summary['id']}.eml")
        assert answer.status_code == 507
        assert "could not store" in answer.json()["error"]
        assert stored_subjects(path) == ["Kept"]
