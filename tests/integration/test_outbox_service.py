"""core.outbox.service against a real sandbox over loopback: the typed list, what is new since
an id, one message in full (read from its .eml), delete one, clear."""

import base64
import json

import pytest

from mailup_gui.api.client import MailUpClient
from mailup_gui.api.dto import Message, NameValue, from_json
from mailup_gui.core.outbox.service import SandboxOutbox
from mailup_gui.resources import resource_path
from mailup_gui.sandbox.admin import (
    OutboxMessage,
    OutboxPage,
    OutboxRow,
    SandboxAdminError,
    StoredTemplate,
)


def send(sandbox, body):
    with MailUpClient(sandbox.api_base_url, "s10000_1", "sandbox") as client:
        client.send_message(from_json(json.dumps(body), Message))


def full_example():
    body = json.loads(resource_path("examples", "sendmessage-full.json").read_bytes())
    body["ExtendedHeaders"].append({"N": "Importance", "V": "high"})
    return body


@pytest.fixture
def service(sandbox):
    outbox = SandboxOutbox(sandbox.root_url)
    yield outbox
    outbox.close()


def test_the_full_example_read_back_as_typed_data(sandbox, service):
    send(sandbox, full_example())
    [summary] = service.messages()
    assert summary.subject == "Invoice A-1042 for Rossi S.r.l."
    assert summary.recipient_count == 3
    assert summary.status == "scheduled"

    message = service.message(summary.id)
    parsed = message.parsed
    assert [(m.name, m.address) for m in parsed.sender] == [
        ("Example Billing", "support@example.com")
    ]
    assert [(m.name, m.address) for m in parsed.to] == [("Mario Rossi", "mario.rossi@example.org")]
    assert [(m.name, m.address) for m in parsed.cc] == [
        ("Giulia Bianchi", "giulia.bianchi@example.org")
    ]
    assert [(m.name, m.address) for m in parsed.bcc] == [("Archive", "archive@example.com")]
    assert [m.address for m in parsed.reply_to] == ["billing@example.com"]
    assert parsed.date is not None and parsed.message_id.startswith("<")
    assert "X-Ticket" in [header.name for header in parsed.headers]
    assert message.dropped_headers == (("Importance", "high"),)
    assert '<img src="cid:logo"' in (parsed.html or "")
    assert (parsed.text or "").startswith("Dear Mario,")
    [attachment] = parsed.attachments
    assert (attachment.filename, attachment.mime_type) == ("invoice.txt", "text/plain")
    assert attachment.data == base64.b64decode(full_example()["Attachments"][0]["Body"])
    logo, mime = parsed.inline_images["logo"]
    assert mime == "image/png" and logo.startswith(b"\x89PNG")
    options = message.options
    assert (options.campaign_name, options.campaign_code) == ("Invoices", "INV-2026")
    assert options.campaign_report == "Invoices report"
    assert (options.header, options.footer, options.click_tracking) == (False, True, True)
    assert options.view_tracking is False and options.priority == 2
    assert options.schedule is not None and options.schedule.year == 2030
    assert options.dynamic_fields and options.dynamic_fields[0] == NameValue("firstname", "Mario")
    assert options.skip_dynamic_fields is False
    assert "Secret" not in repr(message) and "sandbox" not in repr(message.options)


def test_changes_since_an_id_and_deleting(sandbox, service):
    minimal = json.loads(resource_path("examples", "sendmessage-minimal.json").read_bytes())
    send(sandbox, minimal)
    [first] = service.messages()
    assert service.changes(first.id).new == ()
    send(sandbox, minimal)
    changes = service.changes(first.id)
    assert changes.count == 2 and [row.id for row in changes.new] == [first.id + 1]
    service.delete(first.id)
    assert [row.id for row in service.messages()] == [first.id + 1]
    with pytest.raises(SandboxAdminError) as missing:
        service.delete(first.id)
    assert missing.value.status_code == 404
    assert service.clear() == 1
    assert service.changes(0).count == 0


def test_the_detail_without_bodies_is_small_and_keeps_the_rest(sandbox, sandbox_admin):
    send(sandbox, full_example())
    [row] = sandbox_admin.outbox()
    full = sandbox_admin.message(row.id)
    light = sandbox_admin.message(row.id, bodies=False)
    assert light.html is None and light.text is None
    assert "Attachments" not in light.request and "Html" not in light.request
    assert light.request["XSmtpAPI"] == full.request["XSmtpAPI"]
    assert light.recipients == full.recipients
    assert light.dropped_headers == ["Importance"]


def test_the_admin_client_answers_with_typed_structs(sandbox, sandbox_admin):
    send(sandbox, full_example())
    [row] = sandbox_admin.outbox()
    assert isinstance(row, OutboxRow) and row.recipient_count == 3
    assert row.recipient_emails == [
        "mario.rossi@example.org",
        "giulia.bianchi@example.org",
        "archive@example.com",
    ]
    page = sandbox_admin.outbox_since(0)
    assert isinstance(page, OutboxPage) and (page.count, page.messages) == (1, [row])
    assert sandbox_admin.outbox_since(row.id).messages == []
    message = sandbox_admin.message(row.id)
    assert isinstance(message, OutboxMessage) and message.id == row.id
    assert [(r.kind, r.email) for r in message.recipients] == [
        ("to", "mario.rossi@example.org"),
        ("cc", "giulia.bianchi@example.org"),
        ("bcc", "archive@example.com"),
    ]
    assert message.eml_url == f"/sandbox/outbox/{row.id}.eml"
    template = sandbox_admin.template(1)
    assert isinstance(template, StoredTemplate) and template.list_id == 1
    [image] = template.images
    assert image.body.startswith(b"\x89PNG")  # base64 on the wire, bytes here
