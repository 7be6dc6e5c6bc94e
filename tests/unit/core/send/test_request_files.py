import json
import re

import msgspec
import pytest

from mailup_gui.api.dto import Message, from_json
from mailup_gui.core.message.draft import build_message
from mailup_gui.core.send.request_files import (
    RequestFileError,
    open_request_json,
    save_request_json,
)
from mailup_gui.resources import resource_path


@pytest.fixture
def sent() -> dict:
    """A full request as posted: base64 bodies, the User with its secret."""
    return json.loads(resource_path("examples", "sendmessage-full.json").read_text())


def test_save_then_open_gives_the_same_message(sent, tmp_path):
    path = tmp_path / "invoice.json"
    save_request_json(path, sent)
    draft = open_request_json(path, tmp_path / "files")
    expected = from_json(json.dumps(sent), Message)
    built = build_message(draft)
    assert built.problems == []
    assert built.message == msgspec.structs.replace(expected, user=None)
    assert draft.attachments[0].path.startswith(str(tmp_path / "files"))


def test_a_saved_request_has_no_secret_but_keeps_the_bodies(sent, tmp_path):
    path = tmp_path / "invoice.json"
    save_request_json(path, sent)
    saved = json.loads(path.read_text())
    assert saved["User"] == {"Username": "s10000_1"}
    assert "sandbox" not in path.read_text()  # the demo user's secret
    assert saved["Attachments"] == sent["Attachments"]
    assert sent["User"]["Secret"] == "sandbox"  # the caller's body is left alone


def test_files_default_to_the_data_folder(sent, tmp_path, app_home):
    path = tmp_path / "r.json"
    sent.pop("User")
    path.write_text(json.dumps(sent))
    draft = open_request_json(path)
    assert draft.embedded_images[0].path.startswith(str(app_home / "data" / "files"))
    assert draft.subject == sent["Subject"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "“bad.json” is not JSON"),
        ('["Subject"]', "it holds a list, not an object"),
        ('{"Name": "x", "Email": "a@b.c"}', "not a SendMessage request (MessageDTO)"),
        ('{"User": {"Username": "s1_1", "Secret": "x"}}', "not a SendMessage request"),
        ('{"TemplateId": 7, "Subject": "Hi"}', "is a SendTemplate request"),
        (
            '{"Subject": 5}',
            "“bad.json”: Subject has the wrong type: it must be text or null, not a whole number.",
        ),
        (
            '{"To": [{"Email": 1}]}',
            "To[0].Email has the wrong type: it must be text, not a whole number",
        ),
        ('{"Attachments": [{"Filename": "a", "Body": "@@"}]}', "Invalid base64"),
    ],
)
def test_invalid_files_say_what_is_wrong(tmp_path, content, expected):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(RequestFileError, match=re.escape(expected)):
        open_request_json(path, tmp_path / "files")


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(RequestFileError, match=re.escape("“gone.json” cannot be read")):
        open_request_json(tmp_path / "gone.json")
