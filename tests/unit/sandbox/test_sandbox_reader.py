"""The sandbox's own reader: lenient where MailUp's deserializer is, strict where a well-formed
email needs it. No HTTP; the client's checks are never involved (see the last test)."""

import base64
import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from mailup_gui.api import Message, TemplateMessage
from mailup_gui.sandbox.checks import Refusal, check_content, decode_request
from mailup_gui.sandbox.rendering import RenderError, render

USER = {"Username": "s10000_1", "Secret": "sandbox"}
PDF = b"%PDF-1.4 lorem ipsum"


def body(**members):
    return json.dumps(
        {
            "Subject": "Hello",
            "Text": "Hi",
            "From": {"Email": "support@example.com"},
            "To": [{"Email": "mario@example.org"}],
            "User": USER,
            **members,
        }
    ).encode()


def refusal(raw, type_=Message):
    with pytest.raises(Refusal) as raised:
        request, _ = decode_request(raw, type_)
        check_content(request)
    return raised.value


# --- lenient --------------------------------------------------------------------------------


def test_null_stands_for_not_given_in_every_member_list_and_object():
    nulls = {
        member: None
        for member in (
            "Cc",
            "Bcc",
            "ReplyTo",
            "CharSet",
            "ExtendedHeaders",
            "Attachments",
            "EmbeddedImages",
            "Html",
        )
    }
    options = {
        member: None
        for member in (
            "CampaignName",
            "CampaignCode",
            "Header",
            "Footer",
            "ClickTracking",
            "ViewTracking",
            "Priority",
            "Schedule",
            "DynamicFields",
            "CampaignReport",
            "SkipDynamicFields",
        )
    }
    for raw in (body(**nulls, XSmtpAPI=None), body(**nulls, XSmtpAPI=options)):
        request, _ = decode_request(raw, Message)
        check_content(request)
        assert (request.cc, request.attachments, request.html) == ([], [], None)


def test_the_request_is_kept_as_sent_nulls_included():
    raw = body(Cc=None, Html=None, To=[{"Name": None, "Email": "mario@example.org"}])
    _, data = decode_request(raw, Message)
    assert data == json.loads(raw)


def test_null_inside_the_items_of_lists():
    request, _ = decode_request(
        body(
            To=[{"Name": None, "Email": "mario@example.org"}],
            Attachments=[{"Filename": "a.pdf", "ContentId": None, "Body": "JVBERg=="}],
            XSmtpAPI={"DynamicFields": [{"N": "x", "V": "y"}], "Priority": None},
        ),
        Message,
    )
    assert request.to[0].name is None
    assert request.attachments[0].content_id is None


def test_a_body_as_an_array_of_byte_values():
    request, data = decode_request(
        body(Attachments=[{"Filename": "a.pdf", "ContentId": "a", "Body": list(PDF)}]), Message
    )
    assert request.attachments[0].body == PDF
    assert data["Attachments"][0]["Body"] == list(PDF)  # the request is kept as sent


def test_base64_with_line_breaks_every_76_characters():
    data = bytes(range(256)) * 3
    encoded = base64.encodebytes(data).decode()  # MIME style: a line break every 76 characters
    assert "\n" in encoded.strip()
    request, _ = decode_request(
        body(Attachments=[{"Filename": "b.bin", "Body": encoded.replace("\n", "\r\n")}]), Message
    )
    assert request.attachments[0].body == data


@pytest.mark.parametrize("bad", [[256], [-1], [1.5], ["1"], [True], "not base64!", "QUJD\u2028"])
def test_a_body_that_is_neither_is_code_1_naming_it(bad):
    error = refusal(body(Attachments=[{"Filename": "a.pdf", "Body": bad}]))
    assert error.code == "1"
    assert "Attachments[0].Body" in error.message


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-12-01T09:30:00+01:00", "2026-12-01T09:30:00+01:00"),
        ("2026-12-01T09:30:00", "2026-12-01T09:30:00+00:00"),
        ("2026-12-01T09:30:00.1234567Z", "2026-12-01T09:30:00+00:00"),
        ("/Date(1796113800000)/", "2026-12-01T08:30:00+00:00"),
        ("/Date(1796113800000+0100)/", "2026-12-01T09:30:00+01:00"),
    ],
)
def test_schedule_forms(written, expected):
    request, data = decode_request(body(XSmtpAPI={"Schedule": written}), Message)
    assert request.x_smtp_api.schedule.isoformat() == expected
    assert data["XSmtpAPI"]["Schedule"] == expected


@pytest.mark.parametrize("minimum", ["0001-01-01T00:00:00", "0001-01-01T00:00:00Z"])
def test_the_dotnet_minimum_date_means_not_scheduled(minimum):
    request, data = decode_request(body(XSmtpAPI={"Schedule": minimum}), Message)
    assert request.x_smtp_api.schedule is None
    assert data["XSmtpAPI"]["Schedule"] == minimum


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"Subject": "\xff\xfe"}',
        body(TemplateId=10**400),
        b'{"XSmtpAPI": {"Schedule": "/Date(999999999999999)/"}}',
    ],
    ids=["deep nesting", "invalid UTF-8", "huge integer", "date out of range"],
)
def test_what_cannot_be_read_is_code_1_not_a_crash(raw):
    assert refusal(raw, TemplateMessage).code == "1"


# --- strict ---------------------------------------------------------------------------------

BREAKERS = ["\r", "\n", "\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("bad", BREAKERS, ids=lambda bad: f"U+{ord(bad):04X}")
@pytest.mark.parametrize(
    ("path", "members"),
    [
        ("Subject", lambda bad: {"Subject": f"Hi{bad}there"}),
        ("From.Name", lambda bad: {"From": {"Email": "support@example.com", "Name": f"A{bad}B"}}),
        ("Cc[0].Name", lambda bad: {"Cc": [{"Email": "b@example.org", "Name": f"A{bad}B"}]}),
        (
            "ExtendedHeaders[1].V",
            lambda bad: {
                "ExtendedHeaders": [{"N": "X-A", "V": "ok"}, {"N": "X-B", "V": f"1{bad}2"}]
            },
        ),
        (
            "Attachments[0].Filename",
            lambda bad: {"Attachments": [{"Filename": f"a{bad}.pdf", "Body": "JVBERg=="}]},
        ),
        (
            "EmbeddedImages[0].ContentId",
            lambda bad: {
                "EmbeddedImages": [{"Filename": "a.png", "ContentId": f"logo{bad}", "Body": "iVBO"}]
            },
        ),
        (
            "XSmtpAPI.DynamicFields[0].V",
            lambda bad: {
                "Subject": "Order [order_id]",
                "XSmtpAPI": {"DynamicFields": [{"N": "order_id", "V": f"A{bad}1"}]},
            },
        ),
    ],
)
def test_a_character_that_breaks_a_header_is_code_1_naming_the_member(bad, path, members):
    error = refusal(body(**members(bad)))
    assert error.code == "1"
    assert f"{path}: " in error.message


@pytest.mark.parametrize("name", ["X-A\tB", "X-Tåg", "X A", "X:A", "X-A\x00", ""])
def test_a_header_name_is_printable_ascii_without_space_or_colon(name):
    error = refusal(body(ExtendedHeaders=[{"N": name, "V": "v"}]))
    assert (error.code, "ExtendedHeaders[0].N: " in error.message) == ("1", True)


def test_a_merge_value_outside_the_subject_and_a_tab_are_fine():
    request, _ = decode_request(
        body(
            Subject="Hello\tthere — ünïcode",
            Text="[address]",
            XSmtpAPI={"DynamicFields": [{"N": "address", "V": "Via Roma 1\nMilano"}]},
        ),
        Message,
    )
    check_content(request)


def test_attachments_and_images_over_10_mb_in_total_are_refused_saying_the_limit():
    half = base64.b64encode(b"x" * (5 * 1024 * 1024 + 1)).decode()
    error = refusal(
        body(
            Attachments=[{"Filename": "a.bin", "Body": half}],
            EmbeddedImages=[{"Filename": "b.png", "ContentId": "b", "Body": half}],
        )
    )
    assert error.code == "1"
    assert "10 MB" in error.message


def test_a_merge_tag_bomb_is_refused_before_it_is_filled():
    request, _ = decode_request(
        body(Text="[x]" * 100_000, XSmtpAPI={"DynamicFields": [{"N": "x", "V": "y" * 1000}]}),
        Message,
    )
    with pytest.raises(RenderError, match="limit"):
        render(request, datetime.now(UTC))


def test_the_sandbox_never_loads_the_clients_checks():
    code = (
        "import sys, mailup_gui.sandbox.app, mailup_gui.sandbox.server;"
        "print('mailup_gui.api.validation' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_what_the_eml_is_built_from_never_holds_the_secret():
    request, _ = decode_request(body(User={"Username": "s10000_1", "Secret": "hush-42"}), Message)
    rendered = render(request, datetime.now(UTC))
    assert b"hush-42" not in rendered.mime_source
    assert b"hush-42" not in rendered.eml


def test_reading_never_changes_the_request_as_sent():
    sent = json.loads(
        body(
            Attachments=[{"Filename": "a.pdf", "Body": list(PDF)}],
            XSmtpAPI={"Schedule": "0001-01-01T00:00:00", "CampaignCode": "c"},
        )
    )
    _, data = decode_request(json.dumps(sent).encode(), Message)
    assert data == sent


def test_a_member_name_spelt_with_escapes_is_read_leniently_too():
    raw = body(XSmtpAPI={}).replace(
        b'"XSmtpAPI": {}', b'"XSmtpAPI": {"Sche\\u0064ule": "/Date(0)/"}'
    )
    request, _ = decode_request(raw, Message)
    assert request.x_smtp_api.schedule.isoformat() == "1970-01-01T00:00:00+00:00"
