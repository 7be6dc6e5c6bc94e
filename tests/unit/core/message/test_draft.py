import base64
from datetime import UTC, datetime

import pytest

from mailup_gui.api.dto import Message, from_json, to_builtins
from mailup_gui.core.message.draft import (
    Draft,
    Options,
    build_message,
    draft_from_message,
    file_ref,
)
from mailup_gui.core.message.draft import from_json as draft_from_json
from mailup_gui.core.message.draft import to_json as draft_to_json
from mailup_gui.resources import resource_path


@pytest.fixture
def full_example() -> Message:
    return from_json(resource_path("examples", "sendmessage-full.json").read_bytes(), Message)


def test_a_request_survives_draft_and_back(full_example, tmp_path):
    draft = draft_from_message(full_example, tmp_path / "files")
    built = build_message(draft)
    assert built.problems == []
    expected = to_builtins(full_example)
    expected.pop("User")
    assert to_builtins(built.message) == expected


def test_files_are_kept_by_path_and_hash_not_as_base64(full_example, tmp_path):
    draft = draft_from_message(full_example, tmp_path / "files")
    stored = draft_to_json(draft)
    assert full_example.attachments[0].body not in stored
    assert base64.b64encode(full_example.attachments[0].body) not in stored
    ref = draft.attachments[0]
    assert ref.filename == "invoice.txt" and ref.size == len(full_example.attachments[0].body)
    assert draft_from_json(stored) == draft


def test_a_file_changed_after_attaching_is_a_problem(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4 first")
    draft = Draft(
        from_email="support@example.com", to="a@example.com", attachments=[file_ref(path)]
    )
    assert build_message(draft).problems == []
    path.write_bytes(b"%PDF-1.4 second version")
    problems = build_message(draft).problems
    assert [p.field for p in problems] == ["Attachments[0]"]
    assert "changed on disk" in problems[0].message
    path.unlink()
    assert "cannot be read" in build_message(draft).problems[0].message


def test_problems_name_the_typed_entry():
    draft = Draft(from_email="support@example.com", to="ok@example.com, nope", cc="x@")
    fields = {p.field: p.message for p in build_message(draft).problems}
    assert "“nope”" in fields["To[1].Email"]
    assert "Cc[0].Email" in fields


def test_defaults_send_nothing_extra():
    built = build_message(Draft(from_email="support@example.com", to="a@example.com"))
    data = to_builtins(built.message)
    assert "XSmtpAPI" not in data and "Html" not in data and "Text" not in data


def test_options_map_to_xsmtpapi():
    when = datetime(2030, 1, 2, 9, 30, tzinfo=UTC)
    draft = Draft(
        from_email="support@example.com",
        to="a@example.com",
        options=Options(
            campaign_code="C1",
            click_tracking=False,
            priority=2,
            schedule=when,
            dynamic_fields=[("name", "Ann")],
            skip_dynamic_fields=True,
        ),
    )
    api = to_builtins(build_message(draft).message)["XSmtpAPI"]
    assert api == {
        "CampaignCode": "C1",
        "ClickTracking": False,
        "Priority": 2,
        "Schedule": "2030-01-02T09:30:00Z",
        "DynamicFields": [{"N": "name", "V": "Ann"}],
        "SkipDynamicFields": True,
    }


def test_encoded_size_is_base64_size(tmp_path):
    path = tmp_path / "a.bin"
    path.write_bytes(b"x" * 10)
    ref = file_ref(path)
    assert ref.encoded_size == len(base64.b64encode(b"x" * 10))
    assert ref.sha256 and ref.mime_type == "application/octet-stream"
