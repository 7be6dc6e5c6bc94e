"""The client refuses, before sending, every character that would break a header line, naming
the member that holds it. (The sandbox refuses the same on its own: tests/unit/sandbox.)"""

from __future__ import annotations

import msgspec
import pytest

from mailup_gui.api.dto import EmailAddress, Message, MessagePart, NameValue, XSmtpApi
from mailup_gui.api.problem import MALFORMED
from mailup_gui.api.validation import breaks_header, validate_request

replace = msgspec.structs.replace

# CR, LF, NUL, VT, FF, FS, GS, RS, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR, ESC, DEL
BREAKERS = ["\r", "\n", "\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
BREAKERS += ["\x1b", "\x7f"]


def valid() -> Message:
    return Message(
        subject="Order [order_id]",
        text="Body",
        from_=EmailAddress("support@example.com", "Support"),
        to=[EmailAddress("mario@example.org", "Mario")],
        extended_headers=[NameValue("X-Ok", "fine")],
        attachments=[MessagePart("ok.pdf", b"%PDF"), MessagePart("a.pdf", b"%PDF", "part-a")],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("order_id", "A-1")]),
    )


def with_bad(member: str, bad: str) -> Message:
    message = valid()
    if member == "Subject":
        return replace(message, subject=f"Hello{bad}world")
    if member == "From.Name":
        return replace(message, from_=EmailAddress("support@example.com", f"Sup{bad}port"))
    if member == "To[0].Name":
        return replace(message, to=[EmailAddress("mario@example.org", f"Ma{bad}rio")])
    if member == "ExtendedHeaders[0].V":
        return replace(message, extended_headers=[NameValue("X-Ok", f"fi{bad}ne")])
    if member == "Attachments[1].Filename":
        return replace(
            message, attachments=[message.attachments[0], MessagePart(f"a{bad}.pdf", b"%PDF")]
        )
    if member == "Attachments[1].ContentId":
        return replace(
            message, attachments=[message.attachments[0], MessagePart("a.pdf", b"%", f"a{bad}")]
        )
    if member == "XSmtpAPI.DynamicFields[0].V":
        return replace(message, x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("order_id", bad)]))
    raise AssertionError(member)


MEMBERS = [
    "Subject",
    "From.Name",
    "To[0].Name",
    "ExtendedHeaders[0].V",
    "Attachments[1].Filename",
    "Attachments[1].ContentId",
    "XSmtpAPI.DynamicFields[0].V",
]


def test_the_valid_message_is_clean():
    assert validate_request(valid()) == []


@pytest.mark.parametrize("member", MEMBERS)
@pytest.mark.parametrize("bad", BREAKERS, ids=lambda bad: f"U+{ord(bad):04X}")
def test_a_character_that_breaks_a_header_is_refused_with_the_member_named(member, bad):
    problems = validate_request(with_bad(member, bad))
    assert [(problem.field, problem.code) for problem in problems] == [(member, MALFORMED)]
    assert "control characters" in problems[0].message


@pytest.mark.parametrize("bad", ["\t", " ", "é", "—"])
def test_tab_spaces_and_non_ascii_text_are_fine_in_values(bad):
    assert not breaks_header(f"a{bad}b")
    assert validate_request(with_bad("Subject", bad)) == []
    assert validate_request(with_bad("ExtendedHeaders[0].V", bad)) == []


@pytest.mark.parametrize("name", ["X-A\tB", "X-Tåg", "X-A\x00", "X-A\u2028", "X:A", "X A"])
def test_a_header_name_is_printable_ascii_without_space_or_colon(name):
    message = replace(valid(), extended_headers=[NameValue(name, "v")])
    assert [problem.field for problem in validate_request(message)] == ["ExtendedHeaders[0].N"]


def test_a_merge_value_not_used_in_the_subject_may_span_lines():
    options = XSmtpApi(dynamic_fields=[NameValue("address", "Via Roma 1\nMilano")])
    assert validate_request(replace(valid(), x_smtp_api=options)) == []


def test_a_merge_value_is_not_checked_when_merge_tags_are_skipped():
    options = XSmtpApi(skip_dynamic_fields=True, dynamic_fields=[NameValue("order_id", "a\nb")])
    assert validate_request(replace(valid(), x_smtp_api=options)) == []
