"""The relay reads messages as real clients write them (issue 19): smtplib with Python's
``email`` (``policy.SMTP``, ``policy.SMTPUTF8``, encoded words), hand-written bytes where a
client's exact output matters (nodemailer's encoded X-SMTPAPI, a raw Latin-1 header), and
swaks; each read back through the outbox and its ``.eml``."""

import email
import json
import shutil
import smtplib
import subprocess
from email import policy
from email.message import EmailMessage

import pytest

SENDER = "support@example.com"
TO = "mario@example.org"


def eml_of(admin, stored) -> EmailMessage:
    message = email.message_from_bytes(admin.eml(stored.id), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def send_bytes(client, data: bytes, recipients=(TO,), *, utf8=False):
    options = ["SMTPUTF8"] if utf8 else []
    return client.sendmail(SENDER, list(recipients), data, mail_options=options)


def plain(subject="Hello", **headers) -> EmailMessage:
    mail = EmailMessage(policy=policy.SMTP)
    mail["From"] = headers.pop("From", f"Example Support <{SENDER}>")
    mail["To"] = headers.pop("To", TO)
    mail["Subject"] = subject
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content("Hello")
    return mail


@pytest.mark.parametrize(
    ("subject", "after_the_colon"),
    [
        ("x" * 70, True),
        ("Your order 1042 is ready " * 2 + "Your order 1042 is ready!", True),
        ("Il tuo ordine è pronto: " * 3, False),  # encoded words
        ("Your order 1042 is ready " * 8, False),
        ("y" * 998, False),  # the longest Subject the sandbox takes
    ],
)
def test_a_subject_python_folds_after_the_colon_reads_back_unchanged(
    connect, subject, after_the_colon, only_message
):
    mail = plain(subject)
    # policy.SMTP puts a subject of 70 to 77 characters on a line of its own
    assert (b"Subject:\r\n " in mail.as_bytes()) is after_the_colon
    connect().send_message(mail)
    stored = only_message()
    assert stored.subject == subject
    assert stored.request["Subject"] == subject


def test_a_subject_over_the_limit_is_refused_as_too_big_naming_it(connect, sandbox_admin):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        connect().send_message(plain("y" * 999))
    assert refused.value.smtp_code == 552
    assert refused.value.smtp_error.decode().startswith("5.3.4 Subject: 999 characters")
    assert sandbox_admin.outbox() == []


def test_a_header_folded_right_after_its_colon_keeps_no_leading_space(connect, only_message):
    send_bytes(
        connect(),
        b"From: support@example.com\r\nTo: mario@example.org\r\n"
        b"Subject:\r\n Your order\r\n  is ready\r\nX-Ticket:\r\n\tT-1\r\n\r\nHello\r\n",
    )
    stored = only_message()
    # Unfolding removes the line breaks only: the space of the second continuation stays.
    assert stored.subject == "Your order  is ready"
    assert stored.request["Subject"] == "Your order  is ready"
    assert stored.request["ExtendedHeaders"] == [{"N": "X-Ticket", "V": "T-1"}]


def test_smtputf8_addresses_and_raw_utf8_headers_are_read_as_utf8(
    connect, sandbox_admin, only_message
):
    mail = EmailMessage(policy=policy.SMTPUTF8)
    mail["From"] = f"Jörg Müller <{SENDER}>"
    mail["To"] = "Antonín Dvořák <dvořák@example.org>"
    mail["Subject"] = "Čestitamo — città"
    mail["X-Note"] = "è già qui"
    mail.set_content("Ahoj")
    assert "Jörg".encode() in mail.as_bytes()  # written as raw UTF-8 (RFC 6532)
    connect().send_message(mail)  # smtplib adds SMTPUTF8 for the non-ASCII address
    stored = only_message()
    request = stored.request
    assert request["From"] == {"Name": "Jörg Müller", "Email": SENDER}
    assert request["To"] == [{"Name": "Antonín Dvořák", "Email": "dvořák@example.org"}]
    assert stored.subject == "Čestitamo — città"
    assert request["ExtendedHeaders"] == [{"N": "X-Note", "V": "è già qui"}]
    assert [item.email for item in stored.recipients] == ["dvořák@example.org"]
    assert "To: Antonín Dvořák <dvořák@example.org>".encode() in sandbox_admin.eml(stored.id)


def test_a_raw_header_that_is_not_utf8_is_554_5_6_7_naming_it(connect, sandbox_admin):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send_bytes(
            connect(),
            b"From: support@example.com\r\nTo: mario@example.org\r\n"
            b"Subject: citt\xe0\r\n\r\nHello\r\n",  # Latin-1
        )
    assert refused.value.smtp_code == 554
    assert refused.value.smtp_error.startswith(b"5.6.7 The Subject header")
    assert sandbox_admin.outbox() == []


def test_encoded_words_are_decoded_in_every_header_read(connect, only_message):
    mail = plain("=?utf-8?q?Caf=C3=A9_ordine?= =?utf-8?b?w6g=?=")
    mail.replace_header("From", f"=?utf-8?q?Jo=C3=ABl?= <{SENDER}>")
    mail["X-Note"] = "=?iso-8859-1?q?gi=E0?="
    connect().send_message(mail)
    request = only_message().request
    assert request["Subject"] == "Café ordineè"  # no space between adjacent encoded words
    assert request["From"]["Name"] == "Joël"
    assert request["ExtendedHeaders"] == [{"N": "X-Note", "V": "già"}]


OPTIONS = {"CampaignCode": "welcome", "DynamicFields": [{"N": "firstname", "V": "Zoë"}]}


def q_encoded_words(text: str, width: int = 40) -> str:
    """``text`` as nodemailer writes a header holding '"': Q encoded words, folded."""
    tokens = [
        chr(byte) if chr(byte).isascii() and chr(byte).isalnum() else f"={byte:02X}"
        for byte in text.encode("utf-8")
    ]
    words, word = [], ""
    for token in tokens:  # a word never splits an "=XX" escape (or a UTF-8 sequence's bytes)
        if (len(word) >= width and not token.startswith("=")) or len(word) >= 2 * width:
            words.append(word)
            word = ""
        word += token
    words.append(word)
    return "\r\n ".join(f"=?UTF-8?Q?{word}?=" for word in words)


def test_x_smtpapi_as_nodemailer_writes_it_encoded_and_folded(connect, only_message):
    header = q_encoded_words(json.dumps(OPTIONS, ensure_ascii=False))
    assert header.count("\r\n ") >= 2
    send_bytes(
        connect(),
        b"From: support@example.com\r\nTo: mario@example.org\r\nSubject: Hi [firstname]\r\n"
        + f"X-SMTPAPI: {header}\r\n".encode()
        + b"\r\nHello\r\n",
    )
    stored = only_message()
    assert stored.request["XSmtpAPI"] == OPTIONS
    assert stored.subject == "Hi Zoë"


def test_x_smtpapi_as_pythons_email_encodes_a_long_token(connect, only_message):
    options = {"CampaignCode": "c" * 120, "CampaignName": "Città"}
    mail = plain(X_SMTPAPI=json.dumps(options, ensure_ascii=False))
    assert b"=?utf-8?" in mail.as_bytes()  # the email package wrote encoded words
    connect().send_message(mail)
    assert only_message().request["XSmtpAPI"] == options


def test_x_smtpapi_that_is_not_json_says_the_header(connect, sandbox_admin):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        connect().send_message(plain(X_SMTPAPI="{CampaignCode: x}"))
    assert refused.value.smtp_code == 550
    assert b"the X-SMTPAPI header is not JSON" in refused.value.smtp_error
    assert b"body" not in refused.value.smtp_error


def html_mail(document: str) -> EmailMessage:
    mail = plain("Newsletter")
    mail.add_alternative(document, subtype="html")
    return mail


DOCUMENT = (
    "<!DOCTYPE html>\n"
    "<!--[if mso]><xml><o:OfficeDocumentSettings/></xml><![endif]-->\n"
    '<html lang="it" dir="ltr" xmlns:v="urn:schemas-microsoft-com:vml">\n'
    "<head><title>Ciao</title></head>\n"
    '<body style="margin:0"><p>Ciao [firstname]</p></body>\n'
    "</html>\n"
    "<!-- after the document -->"
)


def test_the_html_document_is_kept_whole(connect, sandbox_admin, only_message):
    mail = html_mail(DOCUMENT)
    mail["X-SMTPAPI"] = json.dumps({"DynamicFields": [{"N": "firstname", "V": "Mario"}]})
    connect().send_message(mail)
    stored = only_message()
    expected = DOCUMENT.replace("[firstname]", "Mario")
    assert stored.html == expected
    html_part = eml_of(sandbox_admin, stored).get_body(("html",))
    assert html_part is not None
    assert html_part.get_content().replace("\r\n", "\n").rstrip("\n") == expected


def test_mailups_header_and_footer_go_inside_the_body_of_the_whole_document(connect, only_message):
    mail = html_mail(DOCUMENT)
    mail["X-SMTPAPI"] = json.dumps({"Header": True, "Footer": True})
    connect().send_message(mail)
    html = only_message().html
    assert html.startswith("<!DOCTYPE html>") and 'xmlns:v="urn:schemas' in html
    assert html.index('<body style="margin:0">') < html.index("mailup-header")
    assert html.index("mailup-footer") < html.index("</body>") < html.index("after the document")


def test_each_file_keeps_its_content_type(connect, sandbox_admin, only_message):
    mail = plain()
    mail.add_attachment(b"%PDF-1.4", "application", "pdf", filename="invoice-1042")
    mail.add_attachment(b"a,b\r\n", "text", "csv", filename="data.bin")
    connect().send_message(mail)
    stored = only_message()
    files = [part for part in eml_of(sandbox_admin, stored).iter_attachments()]
    assert [(part.get_filename(), part.get_content_type()) for part in files] == [
        ("invoice-1042", "application/pdf"),
        ("data.bin", "text/csv"),
    ]
    assert files[0].get_content() == b"%PDF-1.4"


def test_an_inline_image_with_only_a_content_id_is_named_from_it(
    connect, sandbox_admin, only_message
):
    mail = plain()
    mail.add_alternative('<p><img src="cid:logo@example.com"></p>', subtype="html")
    html = mail.get_body(("html",))
    assert html is not None
    html.add_related(b"\x89PNG", "image", "png", cid="<logo@example.com>")  # no file name
    connect().send_message(mail)
    stored = only_message()
    [image] = stored.request["EmbeddedImages"]
    assert image["Filename"] == "logo.png" and image["ContentId"] == "logo@example.com"
    [part] = [
        p for p in eml_of(sandbox_admin, stored).walk() if p.get_content_maintype() == "image"
    ]
    assert part["Content-ID"] == "<logo@example.com>" and part.get_content() == b"\x89PNG"


def test_a_calendar_invitation_as_an_alternative_is_kept(connect, sandbox_admin, only_message):
    invitation = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
    mail = plain()
    mail.add_alternative(invitation, subtype="calendar", params={"method": "REQUEST"})
    connect().send_message(mail)
    stored = only_message()
    assert stored.text == "Hello"
    [attachment] = stored.request["Attachments"]
    assert attachment["Filename"] == "calendar.ics"
    [part] = list(eml_of(sandbox_admin, stored).iter_attachments())
    assert part.get_content_type() == "text/calendar"
    assert part["Content-Type"].params["method"] == "REQUEST"
    assert part.get_content().replace("\r\n", "\n") == invitation.replace("\r\n", "\n")


def test_a_forwarded_message_is_one_attachment(connect, sandbox_admin, only_message):
    forwarded = plain("The original")
    forwarded.set_content("The original's text")
    forwarded.add_attachment(b"inner", "application", "octet-stream", filename="inner.bin")
    mail = plain("Fwd: The original")
    mail.set_content("See below")
    mail.add_attachment(forwarded)  # message/rfc822, no file name
    connect().send_message(mail)
    stored = only_message()
    assert stored.text == "See below"
    [attachment] = stored.request["Attachments"]
    assert attachment["Filename"] == "rfc822.eml"
    [part] = list(eml_of(sandbox_admin, stored).iter_attachments())
    assert part.get_content_type() == "message/rfc822"
    inner = part.get_content()
    assert inner["Subject"] == "The original"
    assert [item.get_filename() for item in inner.iter_attachments()] == ["inner.bin"]


def test_the_recipients_are_the_envelopes(connect, sandbox_admin, only_message):
    connect().send_message(
        plain(To="alice@example.org, mario@example.org", Cc="giulia@example.org"),
        to_addrs=["mario@example.org", "archive@example.com"],
    )
    stored = only_message()
    assert [(item.kind, item.email) for item in stored.recipients] == [
        ("to", "mario@example.org"),
        ("bcc", "archive@example.com"),
    ]
    [summary] = sandbox_admin.outbox()
    assert summary.recipient_count == 2
    eml = eml_of(sandbox_admin, stored)  # the headers stay as written
    assert eml["To"] == "alice@example.org, mario@example.org"


def test_swaks_with_a_utf8_display_name_and_a_folded_subject(sandbox, only_message):
    swaks = shutil.which("swaks")
    if swaks is None:
        pytest.skip("swaks is not installed (./dev system-deps installs it)")
    host, port = sandbox.smtp_address
    data = (
        "From: Jörg <support@example.com>\r\nTo: mario@example.org\r\n"
        "Subject:\r\n Il tuo ordine è pronto\r\n\r\nCiao\r\n"
    )
    result = subprocess.run(
        [
            swaks, "--server", host, "--port", str(port),
            "--auth", "PLAIN", "--auth-user", "s10000_1", "--auth-password", "sandbox",
            "--from", SENDER, "--to", TO, "--data", "-",
        ],
        input=data.encode(), capture_output=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    stored = only_message()
    assert stored.request["From"] == {"Name": "Jörg", "Email": SENDER}
    assert stored.subject == "Il tuo ordine è pronto"


def test_msmtp_with_starttls_a_utf8_name_and_a_long_subject(sandbox, only_message, tmp_path):
    msmtp = shutil.which("msmtp")
    if msmtp is None:
        pytest.skip("msmtp is not installed (./dev system-deps installs it)")
    host, port = sandbox.smtp_address
    subject = "Ordine " + "a" * 69  # 76 characters: folded after the colon, as Python does
    data = (
        f"From: Jörg <{SENDER}>\r\nTo: Mario <{TO}>\r\nSubject:\r\n {subject}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
        "\r\nCiao è\r\n"
    )
    result = subprocess.run(
        [
            msmtp, f"--host={host}", f"--port={port}", "--tls=on", "--tls-starttls=on",
            "--tls-certcheck=off", "--auth=plain", "--user=s10000_1",
            "--passwordeval=echo sandbox", f"--from={SENDER}", "--", TO,
        ],
        input=data.encode(), capture_output=True, timeout=30, check=False,
        env={"HOME": str(tmp_path)},  # no ~/.msmtprc of the machine's
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    stored = only_message()
    assert stored.subject == subject
    assert stored.request["From"] == {"Name": "Jörg", "Email": SENDER}
    assert stored.text == "Ciao è"
