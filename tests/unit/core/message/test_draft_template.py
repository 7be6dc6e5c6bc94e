"""SendTemplate drafts: the same envelope, options and files as SendMessage, plus the ID."""

import pytest

from mailup_gui.api.dto import TemplateMessage, to_builtins
from mailup_gui.core.message.draft import Draft, Options, build_message, build_template, file_ref
from mailup_gui.core.message.draft import from_json as draft_from_json
from mailup_gui.core.message.draft import to_json as draft_to_json
from mailup_gui.core.send.request_files import (
    RequestFileError,
    open_request_json,
    save_request_json,
)


def _draft(tmp_path, **changes) -> Draft:
    image = tmp_path / "banner.png"
    image.write_bytes(b"\x89PNG fake")
    attachment = tmp_path / "terms.pdf"
    attachment.write_bytes(b"%PDF fake")
    fields = dict(
        template_id=1,
        from_name="Example Support",
        from_email="support@example.com",
        to="Mario Rossi <mario@example.org>",
        cc="giulia@example.org",
        reply_to="help@example.com",
        subject="",
        char_set="utf-8",
        headers=[("X-Ticket", "T-1")],
        attachments=[file_ref(attachment)],
        embedded_images=[file_ref(image, "banner")],
        options=Options(
            campaign_code="ORDERS",
            footer=True,
            dynamic_fields=[("firstname", "Mario"), ("order_id", "A-1042")],
        ),
        html_body="<p>pasted for the preview only</p>",
        text="never sent either",
    )
    fields.update(changes)
    return Draft(**fields)


def test_a_template_has_the_messages_envelope_and_no_content(tmp_path):
    draft = _draft(tmp_path)
    template = build_template(draft)
    message = build_message(draft)
    assert template.problems == [] and isinstance(template.message, TemplateMessage)
    body = to_builtins(template.message)
    assert body["TemplateId"] == 1
    assert "Html" not in body and "Text" not in body and "Subject" not in body
    shared = {
        k: v
        for k, v in to_builtins(message.message).items()
        if k not in ("Html", "Text", "Subject")
    }
    assert {k: v for k, v in body.items() if k != "TemplateId"} == shared
    assert body["XSmtpAPI"]["DynamicFields"] == [
        {"N": "firstname", "V": "Mario"},
        {"N": "order_id", "V": "A-1042"},
    ]
    assert body["EmbeddedImages"][0]["ContentId"] == "banner"


def test_template_problems_use_mailups_names(tmp_path):
    problems = build_template(_draft(tmp_path, template_id=0, to="not-an-address")).problems
    assert [p.field for p in problems] == ["To[0].Email", "TemplateId"]


def test_files_are_read_only_when_asked(tmp_path):
    draft = _draft(tmp_path)
    assert build_template(draft, read_files=False).message.attachments[0].body == b""
    assert build_template(draft).message.attachments[0].body == b"%PDF fake"
    (tmp_path / "terms.pdf").write_bytes(b"changed")
    assert build_template(draft).problems[0].field == "Attachments[0]"


def test_the_template_id_survives_the_draft_store(tmp_path):
    draft = _draft(tmp_path, template_id=42)
    assert draft_from_json(draft_to_json(draft)).template_id == 42


def test_a_saved_sendtemplate_request_opens_as_a_template_draft_only(tmp_path):
    draft = _draft(tmp_path, html_body="", text="")
    body = to_builtins(build_template(draft).message)
    saved = tmp_path / "template.json"
    save_request_json(saved, body)
    opened = open_request_json(saved, tmp_path / "files", method="SendTemplate")
    assert opened.template_id == 1
    assert to_builtins(build_template(opened).message) == body
    with pytest.raises(RequestFileError, match="open it in the Templates pane"):
        open_request_json(saved, tmp_path / "files")
    message = tmp_path / "message.json"
    save_request_json(message, to_builtins(build_message(draft).message))
    with pytest.raises(
        RequestFileError, match=r"SendMessage request .*open it in the Compose pane"
    ):
        open_request_json(message, tmp_path / "files", method="SendTemplate")
