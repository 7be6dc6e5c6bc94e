"""The code snippets send the same request: Python and cURL run against the real sandbox,
C# is checked as text (no .NET here)."""

import base64
import json
import re
import shutil
import subprocess

import pytest

from mailup_gui.api.dto import to_builtins
from mailup_gui.api.endpoints import SEND_MESSAGE_PATH
from mailup_gui.core.message.draft import Draft, build_message, file_ref
from mailup_gui.core.send.snippets import LANGUAGES, snippet
from mailup_gui.sandbox.admin import SandboxAdmin

USER, SECRET = "s10000_1", "sandbox"
NASTY_SECRET = 'it\'s "odd" $HOME `id` \\ ù'  # quotes, expansions and escapes must stay text


@pytest.fixture
def files(tmp_path):
    report = tmp_path / "it's a report.pdf"
    report.write_bytes(bytes(range(256)) * 40)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG not really")
    return file_ref(report), file_ref(logo, "logo")


@pytest.fixture
def body(files) -> dict:
    """A request as Compose posts it, minus the User: real base64 bodies."""
    draft = Draft(
        from_email="support@example.com",
        to="Mario Rossi <mario.rossi@example.org>",
        subject="Invoice “A-1042” for Mario's $HOME",
        text="Hello\n'quoted' \"text\"",
        html_body='<img src="cid:logo"><p>Hello</p>',
        attachments=[files[0]],
        embedded_images=[files[1]],
    )
    built = build_message(draft)
    assert built.problems == []
    return to_builtins(built.message)


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("MAILUP_SMTP_USER", USER)
    monkeypatch.setenv("MAILUP_SMTP_SECRET", SECRET)


def run_python(code: str) -> dict:
    namespace: dict = {}
    exec(compile(code, "snippet.py", "exec"), namespace)  # the code under test
    return namespace["answer"]


def run_bash(code: str) -> dict:
    assert shutil.which("curl") and shutil.which("jq"), "./dev system-deps installs curl and jq"
    done = subprocess.run(["bash", "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def received(admin: SandboxAdmin) -> dict:
    [row] = admin.outbox()
    return admin.message(row.id).request


def test_the_python_snippet_sends_the_same_message(sandbox, sandbox_admin, body, env):
    answer = run_python(snippet("Python", body, sandbox.api_base_url, SEND_MESSAGE_PATH))
    assert answer["Code"] == "0"
    request = received(sandbox_admin)
    assert request.pop("User") == {"Username": USER}
    assert request == body


def test_the_curl_snippet_sends_the_same_message_from_bash(
    sandbox, sandbox_admin, body, monkeypatch
):
    sandbox_admin.set_user(USER, secret=NASTY_SECRET)
    monkeypatch.setenv("MAILUP_SMTP_USER", USER)
    monkeypatch.setenv("MAILUP_SMTP_SECRET", NASTY_SECRET)
    code = snippet("cURL", body, sandbox.api_base_url, SEND_MESSAGE_PATH)
    assert run_bash(code)["Code"] == "0"
    request = received(sandbox_admin)
    request.pop("User")
    assert request == body


def test_inlined_credentials_work_without_the_environment(
    sandbox, sandbox_admin, body, monkeypatch
):
    monkeypatch.delenv("MAILUP_SMTP_USER", raising=False)
    monkeypatch.delenv("MAILUP_SMTP_SECRET", raising=False)
    sandbox_admin.set_user(USER, secret=NASTY_SECRET)
    options = dict(inline_credentials=True, username=USER, secret=NASTY_SECRET)
    assert (
        run_bash(snippet("cURL", body, sandbox.api_base_url, SEND_MESSAGE_PATH, **options))["Code"]
        == "0"
    )
    assert (
        run_python(snippet("Python", body, sandbox.api_base_url, SEND_MESSAGE_PATH, **options))[
            "Code"
        ]
        == "0"
    )
    assert len(sandbox_admin.outbox()) == 2


def test_no_snippet_holds_the_secret_unless_asked(body):
    for language in LANGUAGES:
        plain = snippet(language, body, "https://send.mailup.com/API/v2.0/", SEND_MESSAGE_PATH)
        assert "MAILUP_SMTP_USER" in plain and "MAILUP_SMTP_SECRET" in plain
        assert "Sup3r-Secret" not in plain and USER not in plain
        inline = snippet(
            language,
            body,
            "https://send.mailup.com/API/v2.0/",
            SEND_MESSAGE_PATH,
            inline_credentials=True,
            username=USER,
            secret="Sup3r-Secret",
        )
        assert "Sup3r-Secret" in inline and "MAILUP_SMTP_SECRET" not in inline
    with pytest.raises(ValueError, match="needs the username and the secret"):
        snippet("Python", body, "https://x/", SEND_MESSAGE_PATH, inline_credentials=True)


def test_a_user_in_the_body_never_reaches_the_snippet(body):
    with_user = {**body, "User": {"Username": USER, "Secret": "Sup3r-Secret"}}
    for language in LANGUAGES:
        assert "Sup3r-Secret" not in snippet(language, with_user, "https://x/", SEND_MESSAGE_PATH)


def test_files_read_from_their_paths(sandbox, sandbox_admin, body, files, env):
    options = dict(files=list(files), files_as_paths=True)
    python = snippet("Python", body, sandbox.api_base_url, SEND_MESSAGE_PATH, **options)
    assert base64.b64encode(bytes(range(256)) * 40).decode()[:40] not in python
    assert run_python(python)["Code"] == "0"
    request = received(sandbox_admin)
    request.pop("User")
    assert request == body  # the files' content, read and encoded by the snippet

    curl = snippet("cURL", body, sandbox.api_base_url, SEND_MESSAGE_PATH, **options)
    assert "BASE64_OF_FILE_1" in curl and "BASE64_OF_FILE_2" in curl
    assert "base64 < '" + files[0].path.replace("'", "'\\''") + "'" in curl
    csharp = snippet("C#", body, sandbox.api_base_url, SEND_MESSAGE_PATH, **options)
    assert f"File.ReadAllBytes({json.dumps(files[0].path)})" in csharp
    assert 'body["EmbeddedImages"]![0]!["Body"]' in csharp


def test_the_csharp_snippet_reads_the_environment_and_carries_the_json(body):
    code = snippet("C#", body, "https://send.mailup.com/API/v2.0/", SEND_MESSAGE_PATH)
    assert 'Env("MAILUP_SMTP_USER")' in code and 'Env("MAILUP_SMTP_SECRET")' in code
    assert "Environment.GetEnvironmentVariable(name)" in code
    assert '"https://send.mailup.com/API/v2.0/messages/sendmessage"' in code
    raw = re.search(r'JsonNode\.Parse\("""\n(.*?)\n"""\)', code, re.DOTALL)
    assert raw is not None
    assert json.loads(raw.group(1)) == body


def test_quotes_in_the_json_never_end_the_csharp_raw_string():
    body = {"Subject": 'say ""hi"" """ now"', "Text": "", "": [""]}
    code = snippet("C#", body, "https://x/", SEND_MESSAGE_PATH)
    raw = re.search(r'JsonNode\.Parse\("""\n(.*?)\n"""\)', code, re.DOTALL)
    assert '"""' not in raw.group(1) and json.loads(raw.group(1)) == body
