"""`mailup-gui preflight` and `python -m mailup_gui preflight`, run as real processes."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mailup_gui.api.dto import (
    EmailAddress,
    Html,
    Message,
    MessagePart,
    NameValue,
    SmtpUser,
    XSmtpApi,
)
from mailup_gui.core.send.request_body import for_humans
from mailup_gui.core.send.request_files import save_request_json

SAMPLES = Path(__file__).resolve().parents[1] / "unit" / "core" / "preflight" / "samples"
CLEAN = SAMPLES / "clean.html"


# python -m mailup_gui, with PySide6 made unimportable: the command must not load Qt.
_WITHOUT_QT = (
    "import runpy, sys; sys.modules['PySide6'] = None; sys.argv[0] = 'mailup_gui'; "
    "runpy.run_module('mailup_gui', run_name='__main__')"
)


def preflight(*args: str, installed_script: bool = False) -> subprocess.CompletedProcess:
    """The command as a process without a display; ``installed_script``: as ``mailup-gui``."""
    env = {key: value for key, value in os.environ.items() if key != "DISPLAY"}
    command = [_script()] if installed_script else [sys.executable, "-c", _WITHOUT_QT]
    return subprocess.run(
        [*command, "preflight", *args], capture_output=True, text=True, timeout=120, env=env
    )


def _script() -> str:
    found = shutil.which("mailup-gui", path=str(Path(sys.executable).parent))
    assert found, "the mailup-gui script is installed with the package"
    return found


@pytest.fixture
def faulty(tmp_path) -> Path:
    path = tmp_path / "reset.html"
    path.write_text(
        '<html lang="en"><body><table role="presentation"><tr><td>\n'
        '<p><a href="http://localhost:8000/reset">Reset your password</a></p>\n'
        "</td></tr></table></body></html>\n",
        encoding="utf-8",
    )
    return path


def test_a_clean_file_exits_0_and_lists_the_clients():
    result = preflight(str(CLEAN))
    assert result.returncode == 0, result.stderr
    assert " warning " not in result.stdout and " error " not in result.stdout
    assert "Outlook Windows" in result.stdout


def test_an_error_exits_1_with_linter_lines(faulty):
    result = preflight(str(faulty), installed_script=True)
    assert result.returncode == 1, result.stderr
    assert f"{faulty}:2: error link/local " in result.stdout
    assert f"{faulty}:2: warning link/insecure " in result.stdout


def test_an_unreadable_file_exits_2_with_the_reason_and_the_rest_still_checked(tmp_path):
    missing = tmp_path / "gone.html"
    result = preflight("--json", str(missing), str(CLEAN))
    assert result.returncode == 2
    assert "gone.html" in result.stderr and "cannot be read" in result.stderr
    assert [entry["path"] for entry in json.loads(result.stdout)["files"]] == [str(CLEAN)]
    other = tmp_path / "notes.txt"
    other.write_text("x")
    assert preflight(str(other)).returncode == 2


def test_json_output_has_the_documented_shape(faulty):
    result = preflight("--json", str(faulty))
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert list(data) == ["files"]
    (entry,) = data["files"]
    assert set(entry) == {"path", "findings", "clients"}
    for finding in entry["findings"]:
        assert set(finding) == {"rule", "severity", "message", "where"}
        assert finding["severity"] in ("error", "warning", "info")
    assert {"rule": "link/local", "where": "html:2"}.items() <= entry["findings"][0].items()
    for client in entry["clients"]:
        assert set(client) == {"client", "platform", "supported", "partial", "unsupported"}


def test_an_eml_message(tmp_path):
    path = tmp_path / "received.eml"
    path.write_bytes(
        b"From: shop@example.com\r\nTo: a@example.com\r\nSubject: Hi\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b'<html lang="en"><body>\r\n<p>Hi <img src="https://x.example/a.png"></p>\r\n</body></html>\r\n'
    )
    result = preflight(str(path))
    assert result.returncode == 0, result.stderr
    assert f"{path}:2: warning a11y/img-alt " in result.stdout


def test_a_json_request_fills_merge_tags_from_its_dynamic_fields(tmp_path):
    request = Message(
        subject="Hi [name]",
        html=Html(body="<p>Hello [name]</p>\n<p>[missing]</p>", body_tag='<body lang="en">'),
        text="Hello [name]",
        from_=EmailAddress("shop@example.com"),
        to=[EmailAddress("a@example.com")],
        attachments=[MessagePart("big.bin", b"x" * 11_000_000)],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("name", "Mario")]),
        user=SmtpUser("s10000_1", "sandbox"),
    )
    path = tmp_path / "request.json"
    save_request_json(path, for_humans(request, "s10000_1"))  # as "Save as .json" does
    result = preflight("--json", str(path))
    assert result.returncode == 1  # the attachment is over 10 MB
    rules = {f["rule"]: f for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert "size/attachments" in rules
    assert "[missing]" in rules["mergetag/unfilled"]["message"]
    assert rules["mergetag/unfilled"]["where"] == "Body:2"
    assert "[name]" not in result.stdout


def test_a_send_template_request_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "template.json"
    path.write_text(json.dumps({"TemplateId": 12, "To": [{"Email": "a@example.com"}]}))
    result = preflight(str(path))
    assert result.returncode == 2
    assert "SendTemplate" in result.stderr
