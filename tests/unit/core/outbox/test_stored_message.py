"""Reading a stored .eml into plain data, whoever wrote it: names, parts, files, damage."""

from email.message import EmailMessage

from mailup_gui.core.outbox.stored_message import parse_message


def test_names_encoded_words_and_every_header_in_order():
    raw = (
        b"From: =?utf-8?q?Caf=C3=A9_Milano?= <info@example.com>\r\n"
        b'To: "Rossi, Mario" <mario@example.org>, anna@example.org\r\n'
        b"Bcc: archive@example.com\r\n"
        b"Subject: =?utf-8?b?Q2lhbyDwn5GL?=\r\n"
        b"Date: Fri, 27 Nov 2026 04:39:10 +0000\r\n"
        b"X-Long: folded\r\n  value\r\n"
        b"\r\nbody\r\n"
    )
    parsed = parse_message(raw)
    assert [(m.name, m.address) for m in parsed.sender] == [("Café Milano", "info@example.com")]
    assert [(m.name, m.address) for m in parsed.to] == [
        ("Rossi, Mario", "mario@example.org"),
        ("", "anna@example.org"),
    ]
    assert [m.address for m in parsed.bcc] == ["archive@example.com"]
    assert parsed.subject == "Ciao 👋"
    assert parsed.date is not None and parsed.date.year == 2026
    assert [h.name for h in parsed.headers] == ["From", "To", "Bcc", "Subject", "Date", "X-Long"]
    assert parsed.headers[-1].value == "folded value"
    assert parsed.text == "body\r\n" and parsed.html is None


def test_inline_images_and_attachments_are_told_apart():
    message = EmailMessage()
    message["Subject"] = "files"
    message.set_content("text part")
    message.add_alternative('<img src="cid:logo">', subtype="html")
    message.get_payload()[1].add_related(
        b"\x89PNG-bytes", "image", "png", cid="<logo>", filename="logo.png", disposition="inline"
    )
    message.add_attachment(b"%PDF", "application", "pdf", filename="a.pdf")
    parsed = parse_message(message.as_bytes())
    assert parsed.html == '<img src="cid:logo">\n'
    assert parsed.inline_images == {"logo": (b"\x89PNG-bytes", "image/png")}
    [attachment] = parsed.attachments
    assert (attachment.filename, attachment.mime_type, attachment.size) == (
        "a.pdf",
        "application/pdf",
        4,
    )
    assert "PDF" not in repr(attachment)  # bytes stay out of repr


def test_damaged_input_never_raises():
    parsed = parse_message(
        b"From: <<<\r\nDate: yesterday\r\nContent-Type: text/plain; charset=nope\r\n\r\n\xff"
    )
    assert parsed.date is None
    assert parsed.text == "\ufffd"
    assert parse_message(b"").headers == ()
