"""The relay's code snippets send the same message: Python's smtplib and swaks run against a
real SMTP server on loopback, the credentials read from the environment."""

import email
import json
import shutil
import subprocess
from email import policy

import pytest
from support.relay_server import SECRET, USER

from mailup_gui.core.account.profiles import RelayEndpoint
from mailup_gui.core.message.draft import Draft, build_message, file_ref
from mailup_gui.core.send.mime_message import relay_message
from mailup_gui.core.send.snippets import (
    RELAY_LANGUAGES,
    SECRET_VARIABLE,
    USER_VARIABLE,
    relay_snippet,
)


@pytest.fixture
def files(tmp_path):
    report = tmp_path / "it's a report.pdf"
    report.write_bytes(bytes(range(256)) * 40)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG not really")
    return file_ref(report), file_ref(logo, "logo")


@pytest.fixture
def request_(files):
    from mailup_gui.core.message.draft import Options

    draft = Draft(
        from_name="Example Support",
        from_email="support@example.com",
        to="Mario Rossi <mario.rossi@example.org>",
        bcc="archive@example.com",
        subject="Invoice “A-1042” for [firstname]'s $HOME",
        text="Hello [firstname]\n'quoted' \"text\" ù",
        html_body='<img src="cid:logo"><p>Hello [firstname]</p>',
        headers=[("X-Ticket", "T-778")],
        attachments=[files[0]],
        embedded_images=[files[1]],
        options=Options(
            campaign_code="INV-2026", dynamic_fields=[("firstname", "Mario ù " + "x" * 120)]
        ),
    )
    built = build_message(draft)
    assert built.problems == []
    return built.message


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv(USER_VARIABLE, USER)
    monkeypatch.setenv(SECRET_VARIABLE, SECRET)


def endpoint_of(server) -> RelayEndpoint:
    return RelayEndpoint(*server.address)


def same_message(received: bytes, request) -> None:
    """What arrived equals what the app itself sends, part for part (boundaries, Date and
    Message-ID aside)."""
    got = email.message_from_bytes(received, policy=policy.default)
    app = email.message_from_bytes(relay_message(request).as_bytes(), policy=policy.default)
    for name in ("From", "To", "Cc", "Reply-To", "Subject", "X-Ticket", "MIME-Version"):
        assert got[name] == app[name], name
    # Written when the code runs (swaks fills in its %DATE% and %MESSAGEID% tokens).
    assert (
        got["Date"].datetime and got["Message-ID"].startswith("<") and "%" not in got["Message-ID"]
    )
    assert got["Bcc"] is None
    assert json.loads(got["X-SMTPAPI"]) == json.loads(app["X-SMTPAPI"])
    got_parts, app_parts = list(got.walk()), list(app.walk())
    assert [p.get_content_type() for p in got_parts] == [p.get_content_type() for p in app_parts]
    for mine, theirs in zip(got_parts, app_parts, strict=True):
        if not mine.is_multipart():
            assert mine.get_content() == theirs.get_content()
            assert mine["Content-ID"] == theirs["Content-ID"]
            assert mine.get_filename() == theirs.get_filename()


def test_the_python_snippet_sends_the_same_message(relay_server, request_, env):
    code = relay_snippet("Python", request_, endpoint_of(relay_server))
    assert SECRET not in code
    exec(compile(code, "relay_snippet.py", "exec"), {})  # the code under test
    [got] = relay_server.recorder.received
    assert (got.login, got.tls) == (USER, True)
    assert got.rcpt_tos == ["mario.rossi@example.org", "archive@example.com"]
    same_message(got.data, request_)


def test_the_python_snippet_reads_files_from_their_paths(relay_server, request_, files, env):
    code = relay_snippet(
        "Python", request_, endpoint_of(relay_server), files=files, files_as_paths=True
    )
    assert "b64decode" not in code and files[0].path in code
    exec(compile(code, "relay_snippet.py", "exec"), {})  # the code under test
    same_message(relay_server.recorder.received[0].data, request_)


def test_the_swaks_snippet_sends_the_same_message(relay_server, request_, env):
    assert shutil.which("swaks"), "./dev system-deps installs swaks"
    code = relay_snippet("swaks", request_, endpoint_of(relay_server))
    assert SECRET not in code
    done = subprocess.run(["bash", "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    [got] = relay_server.recorder.received
    assert (got.login, got.tls) == (USER, True)
    assert got.rcpt_tos == ["mario.rossi@example.org", "archive@example.com"]
    same_message(got.data, request_)


@pytest.mark.parametrize("language", RELAY_LANGUAGES)
def test_credentials_are_inlined_only_when_asked(language, request_):
    endpoint = RelayEndpoint("fast.smtpok.com", 25)
    default = relay_snippet(language, request_, endpoint)
    assert USER_VARIABLE in default and SECRET_VARIABLE in default
    inlined = relay_snippet(
        language, request_, endpoint, inline_credentials=True, username=USER, secret=SECRET
    )
    assert SECRET in inlined and SECRET_VARIABLE not in inlined
    with pytest.raises(ValueError):
        relay_snippet(language, request_, endpoint, inline_credentials=True)


def test_a_real_host_verifies_the_certificate_and_a_local_one_does_not(request_):
    remote = RelayEndpoint("fast.smtpok.com", 25)
    local = RelayEndpoint("127.0.0.1", 2525)
    assert "CERT_NONE" not in relay_snippet("Python", request_, remote)
    assert "CERT_NONE" in relay_snippet("Python", request_, local)
    assert "--tls-verify" in relay_snippet("swaks", request_, remote)
    assert "--tls-verify" not in relay_snippet("swaks", request_, local)
