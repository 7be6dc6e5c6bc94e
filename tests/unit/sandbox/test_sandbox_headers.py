"""The .eml's header fields, written by the sandbox's own folding: read back by the email
package exactly as given, lines within RFC 5322's limits, nothing encoded that need not be."""

import email
from datetime import UTC, datetime
from email import policy

import pytest

from mailup_gui.api import EmailAddress, Message, NameValue
from mailup_gui.sandbox.rendering import render

WHEN = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def eml(**changes) -> bytes:
    base = {
        "subject": "Hello",
        "text": "Hi",
        "from_": EmailAddress("billing@example.com", "Example Billing"),
        "to": [EmailAddress("mario@example.org", "Mario Rossi")],
    }
    return render(Message(**{**base, **changes}), WHEN).eml


def parsed(raw: bytes):
    head = raw.partition(b"\r\n\r\n")[0]
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))
    if raw.isascii():
        return email.message_from_bytes(raw, policy=policy.default)
    return email.message_from_string(raw.decode("utf-8"), policy=policy.default)


def header_lines(raw: bytes, name: bytes) -> list[bytes]:
    head = raw.partition(b"\r\n\r\n")[0].split(b"\r\n")
    start = next(i for i, line in enumerate(head) if line.startswith(name + b":"))
    end = start + 1
    while end < len(head) and head[end][:1] in (b" ", b"\t"):
        end += 1
    return head[start:end]


SUBJECTS = [
    "Hello",
    ("Ordine di Nicolò per la città di Forlì, " * 20).strip(),  # non-ASCII, folded often
    "日本語の件名" * 150,
    "=?utf-8?q?not-a-word?= stays as typed",
    "tabs\tand  double  spaces",
    "y" * 998,  # one word as long as a line: encoded, read back whole
]


@pytest.mark.parametrize("subject", SUBJECTS, ids=range(len(SUBJECTS)))
def test_a_subject_reads_back_exactly(subject):
    raw = eml(subject=subject)
    assert parsed(raw)["Subject"] == subject
    assert all(len(line) <= 78 for line in header_lines(raw, b"Subject"))


def test_a_long_subject_is_never_folded_right_after_the_colon():
    for length in range(60, 90):
        first = header_lines(eml(subject="word " * (length // 5)), b"Subject")[0]
        assert first.startswith(b"Subject: word")


NAMES = [
    "Mario Rossi",
    'Rossi, "Mario" \\ Jr.',
    "Nicolò Città",
    ("Ufficio Relazioni con il Pubblico – Comune di Città di Castello " * 3).strip(),
    "  spaced  out  ",
    "=?utf-8?q?x?=",
]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_display_names_read_back_exactly(name):
    recipients = [EmailAddress(f"c{n}@example.org", name) for n in range(150)]
    raw = eml(to=recipients, from_=EmailAddress("billing@example.com", name))
    message = parsed(raw)
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        (name, f"c{n}@example.org") for n in range(150)
    ]
    assert message["From"].addresses[0].display_name == name


def test_utf8_addresses_and_names_are_written_as_utf8():
    raw = eml(to=[EmailAddress("josé@example.org", "José Città")])
    assert "To: José Città <josé@example.org>\r\n".encode() in raw


def test_a_long_url_in_list_unsubscribe_stays_whole():
    """An encoded word is no URL: a long one is written as it is (the email package encoded it)."""
    url = "<https://example.com/unsubscribe?token=" + "t" * 300 + ">, <mailto:u@example.com>"
    raw = eml(extended_headers=[NameValue("List-Unsubscribe", url)])
    assert b"=?" not in b"".join(header_lines(raw, b"List-Unsubscribe"))
    assert parsed(raw)["List-Unsubscribe"] == url


def test_an_extended_header_of_non_ascii_reads_back():
    value = "Campagna d'autunno: città, più, perché " * 100
    assert (
        parsed(eml(extended_headers=[NameValue("X-Campaign", value)]))["X-Campaign"]
        == value.strip()
    )
