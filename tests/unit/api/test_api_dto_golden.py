"""DTOs against MailUp's wire format: the golden examples, names, omission, base64, secrets."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import msgspec
import pytest

from mailup_gui.api.dto import (
    EmailAddress,
    Html,
    ListUserInfoRequest,
    Message,
    MessagePart,
    NameValue,
    SmtpUser,
    TemplateMessage,
    XSmtpApi,
    from_json,
    to_builtins,
    to_json,
)

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
MINIMAL = EXAMPLES / "sendmessage-minimal.json"
FULL = EXAMPLES / "sendmessage-full.json"

# The 1x1 PNG and the invoice text of the full example, as raw bytes.
LOGO_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=="
)
INVOICE_TXT = b"Invoice A-1042\nTotal: 42.00 EUR\n"


def minimal_message() -> Message:
    return Message(
        subject="Your order [order_id] has shipped",
        html=Html(
            body="<p>Hello [firstname],</p><p>your order <b>[order_id]</b> is on its way.</p>"
        ),
        text="Hello [firstname],\nyour order [order_id] is on its way.",
        from_=EmailAddress(name="Example Support", email="support@example.com"),
        to=[EmailAddress(name="Mario Rossi", email="mario.rossi@example.org")],
        x_smtp_api=XSmtpApi(
            dynamic_fields=[NameValue("firstname", "Mario"), NameValue("order_id", "A-1042")]
        ),
        user=SmtpUser(username="s10000_1", secret="sandbox"),
    )


def full_message() -> Message:
    return Message(
        subject="Invoice [invoice_no] for [company]",
        html=Html(
            doc_type="<!DOCTYPE html>",
            head='<meta charset="utf-8"><title>Invoice</title>',
            body='<img src="cid:logo" alt="Example"><p>Dear [firstname],</p>'
            "<p>please find invoice [invoice_no] attached.</p>",
            body_tag='<body style="font-family: sans-serif">',
        ),
        text="Dear [firstname],\nplease find invoice [invoice_no] attached.",
        from_=EmailAddress(name="Example Billing", email="support@example.com"),
        to=[EmailAddress(name="Mario Rossi", email="mario.rossi@example.org")],
        cc=[EmailAddress(name="Giulia Bianchi", email="giulia.bianchi@example.org")],
        bcc=[EmailAddress(name="Archive", email="archive@example.com")],
        reply_to="billing@example.com",
        char_set="utf-8",
        extended_headers=[NameValue("X-Ticket", "T-778")],
        attachments=[MessagePart(filename="invoice.txt", body=INVOICE_TXT)],
        embedded_images=[MessagePart(filename="logo.png", body=LOGO_PNG, content_id="logo")],
        x_smtp_api=XSmtpApi(
            campaign_name="Invoices",
            campaign_code="INV-2026",
            header=False,
            footer=True,
            click_tracking=True,
            view_tracking=False,
            priority=2,
            schedule=datetime(2030, 12, 1, 9, 30, tzinfo=timezone(timedelta(hours=1))),
            dynamic_fields=[
                NameValue("firstname", "Mario"),
                NameValue("invoice_no", "A-1042"),
                NameValue("company", "Rossi S.r.l."),
            ],
            campaign_report="Invoices report",
            skip_dynamic_fields=False,
        ),
        user=SmtpUser(username="s10000_1", secret="sandbox"),
    )


GOLDEN = [
    pytest.param(MINIMAL, minimal_message, id="minimal"),
    pytest.param(FULL, full_message, id="full"),
]


@pytest.mark.parametrize(("path", "build"), GOLDEN)
def test_golden_decodes_and_reencodes_member_by_member(path, build):
    raw = path.read_bytes()
    message = from_json(raw, Message)
    golden = json.loads(raw)
    encoded = json.loads(to_json(message))
    assert encoded.keys() == golden.keys()
    for member in golden:
        assert encoded[member] == golden[member], member
    assert encoded == golden


@pytest.mark.parametrize(("path", "build"), GOLDEN)
def test_golden_built_in_python_encodes_exactly(path, build):
    assert json.loads(to_json(build())) == json.loads(path.read_bytes())
    assert to_builtins(build()) == json.loads(path.read_bytes())


@pytest.mark.parametrize(("path", "build"), GOLDEN)
def test_golden_decodes_to_the_python_build(path, build):
    assert from_json(path.read_bytes(), Message) == build()


def test_full_golden_decodes_typed_values():
    message = from_json(FULL.read_bytes(), Message)
    assert message.attachments[0].body == INVOICE_TXT
    assert message.attachments[0].content_id is None
    assert message.embedded_images[0].body == LOGO_PNG
    assert message.embedded_images[0].content_id == "logo"
    schedule = message.x_smtp_api.schedule
    assert schedule == datetime(2030, 12, 1, 8, 30, tzinfo=UTC)
    assert schedule.utcoffset() == timedelta(hours=1)
    assert message.x_smtp_api.header is False
    assert message.x_smtp_api.priority == 2
    assert message.reply_to == "billing@example.com"


def test_decoding_is_strict_about_types():
    golden = json.loads(FULL.read_bytes())
    golden["XSmtpAPI"]["Priority"] = "2"
    with pytest.raises(msgspec.ValidationError, match="Priority"):
        from_json(json.dumps(golden), Message)
    golden = json.loads(FULL.read_bytes())
    golden["To"] = {"Email": "a@b.com"}
    with pytest.raises(msgspec.ValidationError, match="To"):
        from_json(json.dumps(golden), Message)


def test_empty_message_encodes_as_empty_object():
    assert to_json(Message()) == b"{}"
    assert to_json(TemplateMessage()) == b"{}"
    assert to_json(XSmtpApi()) == b"{}"


def test_unset_optional_members_are_omitted():
    message = Message(
        from_=EmailAddress(email="a@example.com"), to=[EmailAddress(email="b@example.com")]
    )
    assert to_builtins(message) == {
        "From": {"Email": "a@example.com"},
        "To": [{"Email": "b@example.com"}],
    }
    part = MessagePart(filename="a.txt", body=b"x")
    assert to_builtins(part) == {"Filename": "a.txt", "Body": "eA=="}
    assert to_builtins(Html(body="<p>x</p>")) == {"Body": "<p>x</p>"}


def test_message_part_body_travels_as_standard_base64():
    payload = bytes(range(256)) + b"\xfb\xff\xbf"
    encoded = json.loads(to_json(MessagePart(filename="a.bin", body=payload, content_id="c1")))
    assert encoded == {
        "Filename": "a.bin",
        "ContentId": "c1",
        "Body": base64.b64encode(payload).decode("ascii"),
    }
    assert "+" in encoded["Body"] and "/" in encoded["Body"]  # standard alphabet, not urlsafe
    decoded = from_json(json.dumps(encoded), MessagePart)
    assert decoded.body == payload


def test_empty_body_is_still_sent():
    assert json.loads(to_json(MessagePart(filename="empty.txt", body=b""))) == {
        "Filename": "empty.txt",
        "Body": "",
    }


def test_wire_names_are_mailups_exact_names():
    options = XSmtpApi(
        campaign_name="c",
        campaign_code="k",
        header=True,
        footer=True,
        click_tracking=True,
        view_tracking=True,
        priority=1,
        schedule=datetime(2030, 1, 1, tzinfo=UTC),
        dynamic_fields=[NameValue("n", "v")],
        campaign_report="r",
        skip_dynamic_fields=True,
    )
    assert set(to_builtins(options)) == {
        "CampaignName", "CampaignCode", "Header", "Footer", "ClickTracking", "ViewTracking",
        "Priority", "Schedule", "DynamicFields", "CampaignReport", "SkipDynamicFields",
    }  # fmt: skip
    assert to_builtins(options)["DynamicFields"] == [{"N": "n", "V": "v"}]
    message = Message(
        subject="s",
        html=Html(body="b", doc_type="d", head="h", body_tag="t"),
        text="t",
        from_=EmailAddress(email="a@example.com", name="A"),
        to=[EmailAddress(email="b@example.com")],
        cc=[EmailAddress(email="c@example.com")],
        bcc=[EmailAddress(email="d@example.com")],
        reply_to="r@example.com",
        char_set="utf-8",
        extended_headers=[NameValue("X-A", "1")],
        attachments=[MessagePart(filename="f", body=b"1")],
        embedded_images=[MessagePart(filename="g", body=b"2", content_id="g")],
        x_smtp_api=options,
        user=SmtpUser(username="s1_1", secret="x"),
    )
    wire = to_builtins(message)
    assert set(wire) == {
        "Subject", "Html", "Text", "From", "To", "Cc", "Bcc", "ReplyTo", "CharSet",
        "ExtendedHeaders", "Attachments", "EmbeddedImages", "XSmtpAPI", "User",
    }  # fmt: skip
    assert "XSmtpApi" not in wire and "XSmtpAPI" in wire
    assert set(wire["Html"]) == {"Body", "DocType", "Head", "BodyTag"}
    assert wire["ExtendedHeaders"] == [{"N": "X-A", "V": "1"}]
    assert wire["From"] == {"Email": "a@example.com", "Name": "A"}
    assert wire["ReplyTo"] == "r@example.com"  # a bare string, not an address object
    assert wire["User"] == {"Username": "s1_1", "Secret": "x"}
    assert set(wire["EmbeddedImages"][0]) == {"Filename", "Body", "ContentId"}


def test_explicit_false_is_sent_not_omitted():
    wire = to_builtins(
        XSmtpApi(
            header=False,
            footer=False,
            click_tracking=False,
            view_tracking=False,
            skip_dynamic_fields=False,
        )
    )
    assert wire == {
        "Header": False,
        "Footer": False,
        "ClickTracking": False,
        "ViewTracking": False,
        "SkipDynamicFields": False,
    }
    assert b'"Header":false' in to_json(XSmtpApi(header=False))


def test_smtp_user_repr_never_shows_the_secret():
    secret = "S3cr3t-do-not-log"
    user = SmtpUser(username="s10000_1", secret=secret)
    for text in (repr(user), str(user), f"{user}", f"{user!r}"):
        assert secret not in text
        assert "s10000_1" in text
    assert secret not in repr(Message(user=user))
    assert secret not in repr(ListUserInfoRequest(user=user, username="s10000_2"))
    assert secret not in repr(TemplateMessage(template_id=7, user=user))
    # ...but the secret still travels in the body, where MailUp wants it.
    assert to_builtins(user) == {"Username": "s10000_1", "Secret": secret}


def test_template_message_encodes_template_id_and_no_content():
    template = TemplateMessage(
        template_id=4711,
        subject="Hi",
        from_=EmailAddress(email="a@example.com"),
        to=[EmailAddress(email="b@example.com")],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("firstname", "Mario")]),
        user=SmtpUser(username="s1_1", secret="x"),
    )
    wire = json.loads(to_json(template))
    assert wire["TemplateId"] == 4711
    assert isinstance(wire["TemplateId"], int)
    assert "Html" not in wire and "Text" not in wire
    assert wire["XSmtpAPI"] == {"DynamicFields": [{"N": "firstname", "V": "Mario"}]}
    assert from_json(to_json(template), TemplateMessage) == template


def test_list_user_info_request_without_username_omits_it():
    user = SmtpUser(username="s1_1", secret="x")
    assert json.loads(to_json(ListUserInfoRequest(user=user))) == {
        "User": {"Username": "s1_1", "Secret": "x"}
    }
    assert json.loads(to_json(ListUserInfoRequest(user=user, username="s1_2"))) == {
        "User": {"Username": "s1_1", "Secret": "x"},
        "Username": "s1_2",
    }
