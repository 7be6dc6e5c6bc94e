"""The request as the relay's MIME message: headers, layout, X-SMTPAPI folding, CharSet, and
what the relay cannot take."""

import email
import json
import re
from datetime import UTC, datetime
from email import policy

import msgspec

from mailup_gui.api.dto import (
    EmailAddress,
    Html,
    Message,
    MessagePart,
    NameValue,
    TemplateMessage,
    XSmtpApi,
    to_builtins,
)
from mailup_gui.core.send.mime_message import (
    for_people,
    relay_message,
    relay_problems,
    smtpapi_json,
)

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def message(**changes) -> Message:
    values = dict(
        subject="Hi [name]",
        from_=EmailAddress("support@example.com", "Support"),
        to=[EmailAddress("mario@example.org")],
        text="Hello [name]",
    )
    return Message(**{**values, **changes})


def parsed(request: Message) -> email.message.EmailMessage:
    return email.message_from_bytes(
        relay_message(request, now=NOW).as_bytes(), policy=policy.default
    )


def test_a_text_only_message_is_one_part_and_bcc_is_only_in_the_envelope():
    request = message(bcc=[EmailAddress("archive@example.com")])
    relayed = relay_message(request, now=NOW)
    assert relayed.recipients == ["mario@example.org", "archive@example.com"]
    assert b"archive@example.com" not in relayed.as_bytes()
    mime = parsed(request)
    assert mime.get_content_type() == "text/plain" and mime["Bcc"] is None
    assert mime["Date"] == "Fri, 27 Nov 2026 09:30:00 +0000"
    assert mime["Message-ID"].endswith("@example.com>")
    assert mime["Subject"] == "Hi [name]" and mime["X-SMTPAPI"] is None


def test_html_alone_is_the_whole_document():
    mime = parsed(message(text=None, html=Html(body="<p>Hi</p>", doc_type="<!DOCTYPE html>")))
    assert mime.get_content_type() == "text/html"
    assert mime.get_content().startswith("<!DOCTYPE html>\r\n<html>")  # CRLF on the wire


def test_a_long_x_smtpapi_is_folded_at_spaces_and_unfolds_to_the_same_json():
    options = XSmtpApi(
        campaign_name="Fatture ù €",
        dynamic_fields=[
            NameValue("url", "https://example.com/" + "a" * 150),
            NameValue("tricky", "=?utf-8?q?not-a-word?= " * 4),
        ],
        schedule=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
    )
    data = relay_message(message(x_smtp_api=options), now=NOW).as_bytes()
    head = data.split(b"\r\n\r\n")[0]
    raw = re.search(rb"^X-SMTPAPI:(.*?)\r\n(?![ \t])", head + b"\r\n", re.M | re.S).group(1)
    lines = raw.split(b"\r\n")
    assert len(lines) > 3 and raw.isascii() and b"=?" not in raw
    assert all(len(line) <= 78 for line in lines if b"aaaa" not in line)  # one unbreakable token
    expected = to_builtins(options)
    assert json.loads(raw.replace(b"\r\n", b"")) == expected
    assert json.loads(smtpapi_json(options))["CampaignName"] == "Fatture ù €"
    assert expected["Schedule"] == "2026-12-01T09:30:00Z"


def test_the_charset_is_honoured():
    mime = parsed(message(char_set="iso-8859-1", text="Caffè"))
    assert mime.get_content_charset() == "iso-8859-1" and mime.get_content() == "Caffè\r\n"


def test_what_the_relay_cannot_take_is_named_by_field():
    fields = lambda request: [p.field for p in relay_problems(request)]  # noqa: E731
    assert fields(message()) == []
    assert fields(TemplateMessage(template_id=3)) == ["TemplateId"]
    headers = [NameValue("X-Ticket", "1"), NameValue("Subject", "x"), NameValue("x-smtpapi", "{}")]
    assert fields(message(extended_headers=headers)) == [
        "ExtendedHeaders[1].N",
        "ExtendedHeaders[2].N",
    ]
    assert fields(message(char_set="klingon")) == ["CharSet"]
    assert fields(message(char_set="ascii", text="Caffè")) == ["CharSet"]


def test_people_see_the_message_without_file_bodies():
    body = bytes(range(256)) * 100
    request = message(
        html=Html(body='<img src="cid:logo">'),
        attachments=[MessagePart("report.pdf", body)],
        embedded_images=[MessagePart("logo.png", b"\x89PNG", content_id="logo")],
        x_smtp_api=XSmtpApi(campaign_code="INV"),
    )
    shown = for_people(msgspec.structs.replace(request, subject="Caffè [name]"), now=NOW)
    assert "Subject: =?utf-8?q?Caff=C3=A8?= [name]\n" in shown  # as sent: headers are ASCII
    assert (
        "[report.pdf: 25,600 bytes, sent as 34,136 characters of base64, not shown here]" in shown
    )
    assert "Content-ID: <logo>" in shown and 'X-SMTPAPI: {"CampaignCode": "INV"}' in shown
    assert len(shown) < 3000
    sent = email.message_from_bytes(relay_message(request).as_bytes(), policy=policy.default)
    assert [p.get_content_type() for p in sent.walk()] == [
        "multipart/mixed",
        "multipart/related",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "image/png",
        "application/pdf",
    ]
    assert list(sent.walk())[-1].get_content() == body
