"""The sandbox's rendering: merge tags, header/footer, the HTML document and the MIME tree."""

import email
from datetime import UTC, datetime
from email import policy

import msgspec
import pytest

from mailup_gui.api import (
    EmailAddress,
    Html,
    Message,
    MessagePart,
    NameValue,
    TemplateMessage,
    XSmtpApi,
)
from mailup_gui.api.htmlparts import html_document
from mailup_gui.api.rendering import FOOTER_HTML, HEADER_HTML
from mailup_gui.sandbox.data import Template
from mailup_gui.sandbox.rendering import RenderError, render

WHEN = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\nfake"


def message(**changes):
    base = {
        "subject": "Invoice [invoice_no]",
        "html": Html(body='<p>Dear [firstname],</p><img src="cid:logo">'),
        "text": "Dear [firstname],",
        "from_": EmailAddress("billing@example.com", "Example Billing"),
        "to": [EmailAddress("mario@example.org", "Mario Rossi")],
        "x_smtp_api": XSmtpApi(
            dynamic_fields=[NameValue("firstname", "Mario"), NameValue("invoice_no", "A-7")]
        ),
    }
    return Message(**{**base, **changes})


def parse(eml: bytes):
    return email.message_from_bytes(eml, policy=policy.default)


def tree(part, depth=0):
    """The MIME tree as indented content types."""
    lines = ["  " * depth + part.get_content_type()]
    if part.is_multipart():
        for child in part.iter_parts():
            lines += tree(child, depth + 1)
    return lines


def test_merge_tags_are_filled_in_subject_html_and_text():
    rendered = render(message(), WHEN)

    assert rendered.subject == "Invoice A-7"
    assert "<p>Dear Mario,</p>" in rendered.html
    assert rendered.text == "Dear Mario,"


def test_skip_dynamic_fields_leaves_the_tags_as_written():
    options = XSmtpApi(skip_dynamic_fields=True, dynamic_fields=[NameValue("firstname", "Mario")])
    rendered = render(message(x_smtp_api=options), WHEN)

    assert rendered.subject == "Invoice [invoice_no]"
    assert "Dear [firstname]" in rendered.html


def test_the_html_document_is_assembled_from_its_parts():
    document = html_document(
        Html(body="<p>x</p>", doc_type="<!DOCTYPE html>", head="<title>T</title>")
    )
    assert document.splitlines() == [
        "<!DOCTYPE html>",
        "<html>",
        "<head><title>T</title></head>",
        "<body>",
        "<p>x</p>",
        "</body>",
        "</html>",
    ]
    custom = html_document(Html(body="<p>x</p>", body_tag='<body style="margin:0">'))
    assert '<body style="margin:0">\n<p>x</p>\n</body>' in custom


def test_header_and_footer_blocks_sit_inside_the_body():
    rendered = render(
        message(
            html=Html(body="<p>content</p>", body_tag='<body class="x">'),
            x_smtp_api=XSmtpApi(header=True, footer=True),
        ),
        WHEN,
    )

    assert f'<body class="x">{HEADER_HTML}' in rendered.html
    assert f"{FOOTER_HTML}</body>" in rendered.html
    assert rendered.text.startswith("Having trouble reading")
    assert rendered.text.endswith("(MailUp footer)")


def test_no_blocks_unless_asked():
    rendered = render(message(x_smtp_api=XSmtpApi(header=False)), WHEN)
    assert "MailUp header" not in rendered.html and "MailUp footer" not in rendered.text


def test_the_full_mime_tree_with_images_and_attachments():
    request = message(
        embedded_images=[MessagePart("logo.png", PNG, "logo")],
        attachments=[MessagePart("invoice.pdf", b"%PDF-1.4", None)],
    )
    parsed = parse(render(request, WHEN).eml)

    assert tree(parsed) == [
        "multipart/mixed",
        "  multipart/related",
        "    multipart/alternative",
        "      text/plain",
        "      text/html",
        "    image/png",
        "  application/pdf",
    ]
    image = next(part for part in parsed.walk() if part.get_content_type() == "image/png")
    assert image["Content-ID"] == "<logo>"
    assert image.get_content() == PNG
    attachment = next(parsed.iter_attachments())
    assert attachment.get_filename() == "invoice.pdf"
    assert attachment.get_content() == b"%PDF-1.4"


def test_layers_are_left_out_when_not_needed():
    assert tree(parse(render(message(), WHEN).eml)) == [
        "multipart/alternative",
        "  text/plain",
        "  text/html",
    ]
    assert tree(parse(render(message(html=None), WHEN).eml)) == ["text/plain"]


def test_bcc_is_not_a_header_but_cc_and_reply_to_are():
    request = message(
        cc=[EmailAddress("giulia@example.org", "Giulia")],
        bcc=[EmailAddress("archive@example.com")],
        reply_to="help@example.com",
    )
    eml = render(request, WHEN).eml
    parsed = parse(eml)

    assert b"archive@example.com" not in eml
    assert parsed["Bcc"] is None
    assert parsed["Cc"] == "Giulia <giulia@example.org>"
    assert parsed["Reply-To"] == "help@example.com"
    assert parsed["From"] == "Example Billing <billing@example.com>"
    assert parsed["To"] == "Mario Rossi <mario@example.org>"
    assert parsed["Subject"] == "Invoice A-7"
    assert parsed["Date"].datetime == WHEN


def test_only_approved_extended_headers_get_through():
    request = message(
        extended_headers=[NameValue("X-Ticket", "T-1"), NameValue("Sender", "evil@example.net")]
    )
    rendered = render(request, WHEN)
    parsed = parse(rendered.eml)

    assert parsed["X-Ticket"] == "T-1"
    assert parsed["Sender"] is None
    assert rendered.dropped_headers == ["Sender"]


def test_the_charset_is_declared_and_used():
    parsed = parse(render(message(char_set="iso-8859-1", text="Caffè per [firstname]"), WHEN).eml)
    plain = parsed.get_body(("plain",))

    assert plain.get_content_charset() == "iso-8859-1"
    assert plain.get_content().rstrip() == "Caffè per Mario"


@pytest.mark.parametrize(
    "changes",
    [{"char_set": "klingon-8"}, {"char_set": "ascii", "text": "Caffè"}],
    ids=["unknown", "too small"],
)
def test_a_charset_that_cannot_write_the_message_is_a_render_error(changes):
    with pytest.raises(RenderError, match=r"^CharSet: "):
        render(message(**changes), WHEN)


def test_internationalised_addresses_are_written_as_utf8():
    # RFC 6532: the address itself in UTF-8 (an encoded-word is not allowed there).
    request = message(to=[EmailAddress("josé@example.org", "José")], reply_to="zoë@example.org")
    eml = render(request, WHEN).eml
    assert "To: José <josé@example.org>\r\n".encode() in eml
    assert "Reply-To: zoë@example.org\r\n".encode() in eml


def test_a_template_supplies_content_and_images_and_the_request_overrides_its_subject():
    template = Template(
        id=1,
        account_id=1,
        list_id=1,
        name="t",
        subject="Hi [firstname]",
        html="<body><img src='cid:logo'>[firstname]</body>",
        text="",
        images=(MessagePart("logo.png", PNG, "logo"),),
    )
    request = TemplateMessage(
        template_id=1,
        from_=EmailAddress("a@example.com"),
        to=[EmailAddress("b@example.org")],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("firstname", "Mario")]),
    )
    rendered = render(request, WHEN, template)
    assert rendered.subject == "Hi Mario"
    assert rendered.html == "<body><img src='cid:logo'>Mario</body>"
    assert rendered.text is None
    assert tree(parse(rendered.eml)) == ["multipart/related", "  text/html", "  image/png"]

    overridden = render(msgspec.structs.replace(request, subject="Custom"), WHEN, template)
    assert overridden.subject == "Custom"
