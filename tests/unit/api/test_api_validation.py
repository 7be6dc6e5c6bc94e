"""Local checks, named in MailUp's terms; and two Hypothesis properties of the DTO layer."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailup_gui.api.dto import (
    EmailAddress,
    Html,
    Message,
    MessagePart,
    NameValue,
    SmtpUser,
    TemplateMessage,
    XSmtpApi,
    from_json,
    to_json,
)
from mailup_gui.api.problem import MALFORMED, Problem
from mailup_gui.api.validation import (
    NO_RECIPIENT,
    NO_SENDER,
    address_problem,
    validate_request,
)

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
replace = msgspec.structs.replace


def valid() -> Message:
    return Message(
        subject="Hello",
        text="Body",
        from_=EmailAddress(email="support@example.com", name="Support"),
        to=[EmailAddress(email="mario@example.org")],
    )


def fields(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


# --- the golden examples ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["sendmessage-minimal.json", "sendmessage-full.json"])
def test_golden_examples_validate_clean(name):
    message = from_json((EXAMPLES / name).read_bytes(), Message)
    assert validate_request(message) == []


def test_valid_base_and_template_validate_clean():
    assert validate_request(valid()) == []
    template = TemplateMessage(template_id=12, from_=valid().from_, to=valid().to, subject="Hi")
    assert validate_request(template) == []


# --- sender and recipients -------------------------------------------------------------------


@pytest.mark.parametrize("sender", [None, EmailAddress(email=""), EmailAddress(email="   ")])
def test_missing_sender_is_code_110_on_from(sender):
    problem = only(validate_request(replace(valid(), from_=sender)))
    assert (problem.field, problem.code) == ("From", NO_SENDER)
    assert NO_SENDER == "110"
    assert "From" in problem.message


@pytest.mark.parametrize(
    "bad", ["not-an-address", "a@", "@example.com", "a b@example.com", "a@@example.com"]
)
def test_malformed_sender_is_named_from_email(bad):
    problem = only(validate_request(replace(valid(), from_=EmailAddress(email=bad))))
    assert (problem.field, problem.code) == ("From.Email", MALFORMED)


def test_no_recipient_is_code_109_on_to():
    problem = only(validate_request(replace(valid(), to=[])))
    assert (problem.field, problem.code) == ("To", NO_RECIPIENT)
    assert NO_RECIPIENT == "109"


@pytest.mark.parametrize("member", ["cc", "bcc"])
def test_cc_or_bcc_alone_is_enough(member):
    message = replace(valid(), to=[], **{member: [EmailAddress(email="x@example.com")]})
    assert validate_request(message) == []


def test_bad_recipients_are_named_by_list_and_index():
    message = replace(
        valid(),
        to=[EmailAddress(email="ok@example.org"), EmailAddress(email="broken")],
        cc=[EmailAddress(email="nope@")],
        bcc=[
            EmailAddress(email="fine@example.com"),
            EmailAddress(email="x"),
            EmailAddress(email="y@"),
        ],
    )
    problems = validate_request(message)
    assert fields(problems) == ["To[1].Email", "Cc[0].Email", "Bcc[1].Email", "Bcc[2].Email"]
    assert all(p.code == MALFORMED for p in problems)


def test_only_invalid_recipients_still_count_as_recipients():
    problems = validate_request(replace(valid(), to=[EmailAddress(email="bad")]))
    assert fields(problems) == ["To[0].Email"]


def test_empty_message_reports_sender_then_recipient():
    problems = validate_request(Message())
    assert [(p.field, p.code) for p in problems] == [("From", "110"), ("To", "109")]


def test_reply_to():
    assert validate_request(replace(valid(), reply_to="billing@example.com")) == []
    assert validate_request(replace(valid(), reply_to="")) == []
    problem = only(validate_request(replace(valid(), reply_to="Billing <billing@example.com>")))
    assert problem.field == "ReplyTo"
    assert only(validate_request(replace(valid(), reply_to="a@b@c"))).field == "ReplyTo"


def test_subject_must_be_one_line():
    for subject in ("Hello\nworld", "Hello\rworld", "Hello\r\n"):
        problem = only(validate_request(replace(valid(), subject=subject)))
        assert problem.field == "Subject"
    assert validate_request(replace(valid(), subject="  [tag] ok — ünïcode  ")) == []
    assert validate_request(replace(valid(), subject=None)) == []


def test_address_problem():
    assert address_problem("mario@example.org") is None
    assert address_problem("mario") is not None


# --- extended headers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        (NameValue("", "x"), "ExtendedHeaders[1].N"),
        (NameValue("   ", "x"), "ExtendedHeaders[1].N"),
        (NameValue("X-A B", "x"), "ExtendedHeaders[1].N"),
        (NameValue("X-A:", "x"), "ExtendedHeaders[1].N"),
        (NameValue("X-A\r\nBcc", "x"), "ExtendedHeaders[1].N"),
        (NameValue("X-A", "one\ntwo"), "ExtendedHeaders[1].V"),
        (NameValue("X-A", "one\rtwo"), "ExtendedHeaders[1].V"),
    ],
)
def test_header_rules(header, field):
    message = replace(valid(), extended_headers=[NameValue("X-Ok", "fine"), header])
    problem = only(validate_request(message))
    assert problem.field == field
    assert problem.code == MALFORMED


def test_header_with_bad_name_and_value_reports_both():
    message = replace(valid(), extended_headers=[NameValue("X A", "a\nb")])
    assert fields(validate_request(message)) == ["ExtendedHeaders[0].N", "ExtendedHeaders[0].V"]


def test_header_name_with_surrounding_spaces_and_empty_value_pass():
    assert validate_request(replace(valid(), extended_headers=[NameValue(" X-Ticket ", "")])) == []


# --- attachments and embedded images --------------------------------------------------------


def test_embedded_image_needs_a_content_id():
    message = replace(valid(), embedded_images=[MessagePart(filename="logo.png", body=b"\x89PNG")])
    problem = only(validate_request(message))
    assert problem.field == "EmbeddedImages[0].ContentId"
    assert "cid:" in problem.message


@pytest.mark.parametrize("blank", ["", "   "])
def test_embedded_image_with_blank_content_id_is_refused(blank):
    # A blank ContentId cannot be referenced as cid: either.
    message = replace(
        valid(), embedded_images=[MessagePart(filename="logo.png", body=b"x", content_id=blank)]
    )
    assert fields(validate_request(message)) == ["EmbeddedImages[0].ContentId"]


def test_attachments_without_content_id_are_fine():
    parts = [MessagePart(filename="a.pdf", body=b"1"), MessagePart(filename="b.pdf", body=b"2")]
    assert validate_request(replace(valid(), attachments=parts)) == []


def test_blank_attachment_content_ids_are_not_duplicates():
    parts = [
        MessagePart(filename="a.pdf", body=b"1", content_id=""),
        MessagePart(filename="b.pdf", body=b"2", content_id=""),
    ]
    assert validate_request(replace(valid(), attachments=parts)) == []


def test_duplicate_content_ids_case_insensitive_across_lists():
    message = replace(
        valid(),
        attachments=[MessagePart(filename="a.png", body=b"1", content_id="Logo")],
        embedded_images=[
            MessagePart(filename="b.png", body=b"2", content_id="banner"),
            MessagePart(filename="c.png", body=b"3", content_id=" logo "),
        ],
    )
    problem = only(validate_request(message))
    assert problem.field == "EmbeddedImages[1].ContentId"
    assert "twice" in problem.message


def test_every_file_needs_a_name():
    message = replace(
        valid(),
        attachments=[MessagePart(filename="ok.txt", body=b""), MessagePart(filename=" ", body=b"")],
        embedded_images=[MessagePart(filename="", body=b"", content_id="i")],
    )
    assert fields(validate_request(message)) == [
        "Attachments[1].Filename",
        "EmbeddedImages[0].Filename",
    ]


# --- XSmtpAPI and TemplateId ----------------------------------------------------------------


@pytest.mark.parametrize("priority", [0, 6, -1, 100])
def test_priority_out_of_range(priority):
    problem = only(validate_request(replace(valid(), x_smtp_api=XSmtpApi(priority=priority))))
    assert problem.field == "XSmtpAPI.Priority"


@pytest.mark.parametrize("priority", [None, 1, 3, 5])
def test_priority_in_range(priority):
    assert validate_request(replace(valid(), x_smtp_api=XSmtpApi(priority=priority))) == []


def test_schedule_needs_a_time_zone():
    naive = XSmtpApi(schedule=datetime(2030, 1, 1, 9, 30))
    problem = only(validate_request(replace(valid(), x_smtp_api=naive)))
    assert problem.field == "XSmtpAPI.Schedule"
    aware = XSmtpApi(schedule=datetime(2030, 1, 1, 9, 30, tzinfo=timezone(timedelta(hours=1))))
    assert validate_request(replace(valid(), x_smtp_api=aware)) == []


def test_dynamic_field_needs_a_name():
    options = XSmtpApi(dynamic_fields=[NameValue("firstname", "Mario"), NameValue(" ", "x")])
    problem = only(validate_request(replace(valid(), x_smtp_api=options)))
    assert problem.field == "XSmtpAPI.DynamicFields[1].N"


@pytest.mark.parametrize("template_id", [0, -5])
def test_template_id_must_be_positive(template_id):
    template = TemplateMessage(template_id=template_id, from_=valid().from_, to=valid().to)
    problem = only(validate_request(template))
    assert problem.field == "TemplateId"


def test_problems_come_in_form_order():
    message = Message(
        subject="a\nb",
        from_=EmailAddress(email="bad"),
        to=[EmailAddress(email="bad")],
        reply_to="bad",
        extended_headers=[NameValue("", "")],
        embedded_images=[MessagePart(filename="i.png", body=b"")],
        x_smtp_api=XSmtpApi(priority=9),
    )
    assert fields(validate_request(message)) == [
        "From.Email",
        "To[0].Email",
        "ReplyTo",
        "Subject",
        "ExtendedHeaders[0].N",
        "EmbeddedImages[0].ContentId",
        "XSmtpAPI.Priority",
    ]


# --- Hypothesis -----------------------------------------------------------------------------

addresses = st.from_regex(r"[a-z]{1,10}@[a-z]{1,10}\.(com|org|it)", fullmatch=True)
# Any text JSON can carry (lone surrogates cannot be written as UTF-8).
texts = st.text(st.characters(codec="utf-8"), max_size=30)
opt_texts = st.none() | texts
email_addresses = st.builds(EmailAddress, email=addresses, name=opt_texts)
name_values = st.builds(NameValue, name=texts, value=texts)
parts = st.builds(MessagePart, filename=texts, body=st.binary(max_size=64), content_id=opt_texts)
# msgspec writes offsets to the minute; MailUp's examples use whole minutes too.
offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
schedules = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=offsets
)
opt_bools = st.none() | st.booleans()
options = st.builds(
    XSmtpApi,
    campaign_name=opt_texts,
    campaign_code=opt_texts,
    header=opt_bools,
    footer=opt_bools,
    click_tracking=opt_bools,
    view_tracking=opt_bools,
    priority=st.none() | st.integers(1, 5),
    schedule=st.none() | schedules,
    dynamic_fields=st.none() | st.lists(name_values, max_size=3),
    campaign_report=opt_texts,
    skip_dynamic_fields=opt_bools,
)
htmls = st.builds(Html, body=texts, doc_type=opt_texts, head=opt_texts, body_tag=opt_texts)
users = st.builds(SmtpUser, username=texts, secret=texts)
small_lists = lambda strategy: st.lists(strategy, max_size=3)  # noqa: E731
messages = st.builds(
    Message,
    subject=opt_texts,
    html=st.none() | htmls,
    text=opt_texts,
    from_=st.none() | email_addresses,
    to=small_lists(email_addresses),
    cc=small_lists(email_addresses),
    bcc=small_lists(email_addresses),
    reply_to=st.none() | addresses,
    char_set=st.none() | st.sampled_from(["utf-8", "iso-8859-1"]),
    extended_headers=small_lists(name_values),
    attachments=small_lists(parts),
    embedded_images=small_lists(parts),
    x_smtp_api=st.none() | options,
    user=st.none() | users,
)


@settings(deadline=None, database=None)
@given(messages)
def test_any_message_round_trips_through_json(message):
    wire = to_json(message)
    decoded = from_json(wire, Message)
    assert decoded == message
    assert to_json(decoded) == wire
    if message.x_smtp_api is not None and message.x_smtp_api.schedule is not None:
        assert decoded.x_smtp_api.schedule.utcoffset() == message.x_smtp_api.schedule.utcoffset()
    for before, after in zip(message.attachments, decoded.attachments, strict=True):
        assert after.body == before.body


line_breaks = st.sampled_from(["\r", "\n", "\r\n"])
with_line_break = st.tuples(texts, line_breaks, texts).map("".join)


@settings(deadline=None, database=None)
@given(
    bad=with_line_break,
    in_name=st.booleans(),
    good_before=st.integers(0, 3),
    good_after=st.integers(0, 2),
)
def test_header_with_cr_or_lf_is_refused(bad, in_name, good_before, good_after):
    header = NameValue(bad, "value") if in_name else NameValue("X-Custom", bad)
    headers = (
        [NameValue(f"X-Before-{n}", "ok") for n in range(good_before)]
        + [header]
        + [NameValue(f"X-After-{n}", "ok") for n in range(good_after)]
    )
    problems = validate_request(replace(valid(), extended_headers=headers))
    expected = f"ExtendedHeaders[{good_before}].{'N' if in_name else 'V'}"
    assert expected in fields(problems)
    assert all(p.field.startswith(f"ExtendedHeaders[{good_before}].") for p in problems)


def test_display_name_with_a_line_break_is_refused():
    from mailup_gui.api.dto import EmailAddress, Message
    from mailup_gui.api.validation import validate_request

    message = Message(
        from_=EmailAddress("support@example.com", "Support\r\nBcc: evil@example.com"),
        to=[EmailAddress("a@example.com", "A\nB")],
    )
    fields = {problem.field for problem in validate_request(message)}
    assert {"From.Name", "To[0].Name"} <= fields
