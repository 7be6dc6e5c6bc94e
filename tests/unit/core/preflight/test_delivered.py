"""The message as MailUp delivers it, and where each finding was written."""

from dataclasses import dataclass

from mailup_gui.api.dto import (
    EmailAddress,
    Html,
    Message,
    MessagePart,
    NameValue,
    TemplateMessage,
    XSmtpApi,
)
from mailup_gui.api.htmlparts import html_document
from mailup_gui.core.message.draft import Draft, FileRef
from mailup_gui.core.outbox.stored_message import parse_message
from mailup_gui.core.preflight.checker import check
from mailup_gui.core.preflight.delivered import from_draft, from_parsed, from_request

BODY = '<p>Hello [name]</p>\n<p>[address]</p>\n<img src="https://x.example/a.png">'


def request(**options) -> Message:
    return Message(
        subject="Hi [name]",
        html=Html(
            body=BODY, head="<title>t</title>\n<meta charset=utf-8>", body_tag='<body lang="en">'
        ),
        text="Hello [name]",
        from_=EmailAddress("shop@example.com"),
        x_smtp_api=XSmtpApi(**options),
    )


def test_merge_tags_are_filled_and_lines_map_back_to_the_parts():
    values = [NameValue("name", "Mario"), NameValue("address", "Via Roma 1\n00100 Roma")]
    delivered = from_request(request(dynamic_fields=values))
    assert "Hello Mario" in (delivered.html or "")
    assert delivered.subject == "Hi Mario"
    assert delivered.unfilled == ()
    lines = (delivered.html or "").split("\n")
    image = next(number for number, line in enumerate(lines, 1) if "<img" in line)
    assert delivered.origin(image) == ("Body", 3)  # the value's line break shifts nothing back
    title = next(number for number, line in enumerate(lines, 1) if "<title>" in line)
    assert delivered.origin(title) == ("Head", 1)


def test_a_finding_names_the_part_line_and_excerpt_as_written():
    report = check(from_request(request(dynamic_fields=[NameValue("name", "M")])))
    alt = next(f for f in report.findings if f.rule == "a11y/img-alt")
    assert (alt.where.part, alt.where.line) == ("Body", 3)
    assert alt.where.excerpt == '<img src="https://x.example/a.png">'
    unfilled = next(f for f in report.findings if f.rule == "mergetag/unfilled")
    assert "[address]" in unfilled.message
    assert (unfilled.where.part, unfilled.where.line) == ("Body", 2)


def test_the_document_is_assembled_as_mailup_does():
    message = request(dynamic_fields=[NameValue("name", "M"), NameValue("address", "A")])
    assert message.html is not None
    delivered = from_request(message)
    assert delivered.html == html_document(message.html).replace("[name]", "M").replace(
        "[address]", "A"
    )


def test_skip_dynamic_fields_leaves_tags_unfilled_and_unflagged():
    delivered = from_request(
        request(skip_dynamic_fields=True, dynamic_fields=[NameValue("name", "M")])
    )
    assert "[name]" in (delivered.html or "")
    assert delivered.unfilled == ()


def test_a_draft_counts_its_files_by_their_recorded_sizes():
    big = FileRef("/nowhere/big.pdf", "big.pdf", 11 * 1024 * 1024, "0" * 64)
    draft = Draft(
        from_email="shop@example.com",
        to="a@example.com",
        subject="Hi",
        html_body_tag='<body lang="en">',
        html_body="<p>Hi</p>",
        text="Hi",
        attachments=[big],
    )
    delivered = from_draft(draft)
    assert [(f.name, f.size) for f in delivered.files] == [("big.pdf", 11 * 1024 * 1024)]
    assert check(delivered).has_errors  # size/attachments


def test_request_file_bodies_count_as_they_are():
    message = Message(
        subject="Hi",
        html=Html(body="<p>Hi</p>"),
        attachments=[MessagePart("a.bin", b"x" * 100)],
        embedded_images=[MessagePart("i.png", b"y" * 50, "logo")],
    )
    assert [f.size for f in from_request(message).files] == [100, 50]


def test_a_received_message_keeps_its_html_part_lines():
    raw = (
        b"From: a@example.com\r\nTo: b@example.com\r\nSubject: Hi [name]\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b'<html lang="en"><body>\r\n<p>Hi</p>\r\n<img src="https://x.example/a.png">\r\n</body></html>\r\n'
    )
    delivered = from_parsed(parse_message(raw))
    assert delivered.unfilled == ("name",)
    alt = next(f for f in check(delivered).findings if f.rule == "a11y/img-alt")
    assert (alt.where.part, alt.where.line) == ("html", 3)


def test_a_send_template_is_checked_with_its_content_and_mailups_blocks_are_left_out():
    @dataclass(frozen=True)
    class Content:
        subject: str = "Order [order]"
        html: str = '<html lang="en"><body>\n<p>Order [order]</p>\n<img src="https://x.example/a.png">\n</body></html>'
        text: str = "Order [order]"
        images: tuple = ()

    sent = TemplateMessage(
        template_id=3,
        x_smtp_api=XSmtpApi(header=True, footer=True, dynamic_fields=[NameValue("order", "42")]),
    )
    delivered = from_request(sent, Content())
    assert delivered.subject == "Order 42"
    assert "mailup-header" not in (delivered.html or "")  # an account setting the app cannot know
    alt = next(f for f in check(delivered).findings if f.rule == "a11y/img-alt")
    assert (alt.where.part, alt.where.line) == ("html", 3)


def test_a_missing_lang_points_at_bodytag_even_when_it_is_left_empty():
    delivered = from_request(Message(subject="Hi", html=Html(body="<p>Hi</p>"), text="Hi"))
    lang = next(f for f in check(delivered).findings if f.rule == "a11y/lang")
    assert (lang.where.part, lang.where.line, lang.where.excerpt) == ("BodyTag", 1, "<body>")
