"""What real and hostile API clients send, over loopback HTTP: read as MailUp reads it, and
whatever cannot be used answered with MailUp's envelope (a 4xx), never an internal error."""

import email.header
import json
import re
from email import policy

import httpx
import pytest
from support.sandbox_requests import DEMO_USER, SEND, message

LIST_USERS = "API/v2.0/users/listuserinfo"
UTF8_BOM = b"\xef\xbb\xbf"


def queued_id(response: httpx.Response) -> int:
    answer = response.json()
    assert (response.status_code, answer["Code"]) == (200, "0"), answer
    return int(answer["Message"].rstrip(".").rpartition(" ")[2])


# --- reading: a byte-order mark, merge tags of any letters -------------------------------------


def test_a_body_starting_with_a_utf8_bom_is_read_as_dotnet_does(sandbox, sandbox_admin):
    """Old .NET code (StreamWriter with Encoding.UTF8) writes a BOM first; .NET readers skip it."""
    body = UTF8_BOM + json.dumps(message(Subject="Città"), ensure_ascii=False).encode()
    message_id = queued_id(httpx.post(sandbox.root_url + SEND, content=body))
    assert sandbox_admin.message(message_id).subject == "Città"
    users = httpx.post(
        sandbox.root_url + LIST_USERS, content=UTF8_BOM + json.dumps({"User": DEMO_USER}).encode()
    )
    assert users.json()["Code"] == "0"


def test_a_body_of_only_a_bom_is_null_input(sandbox):
    response = httpx.post(sandbox.root_url + SEND, content=UTF8_BOM)
    assert (response.status_code, response.json()["Code"]) == (403, "101")


def test_merge_tags_named_with_any_letters_are_filled(sandbox, sandbox_admin):
    fields = [{"N": "città", "V": "Roma"}, {"N": "日付", "V": "1 dicembre"}]
    request = message(
        Subject="Consegna a [CITTÀ]",
        Text="Arriva a [città] il [日付]",
        XSmtpAPI={"DynamicFields": fields},
    )
    stored = sandbox_admin.message(queued_id(httpx.post(sandbox.root_url + SEND, json=request)))
    assert stored.subject == "Consegna a Roma"
    assert stored.text == "Arriva a Roma il 1 dicembre"


# --- never an internal error ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("members", "member"),
    [
        ({"CharSet": "utf-8\u0000"}, "CharSet"),
        ({"CharSet": "idna", "Text": "x" * 100}, "CharSet"),
        ({"CharSet": "undefined"}, "CharSet"),
        ({"CharSet": "punycode"}, "CharSet"),
        ({"XSmtpAPI": {"Schedule": "9999-12-31T23:59:59-14:00"}}, "Schedule"),
        (
            {"Attachments": [{"Filename": "a.pdf", "ContentId": "\r\n", "Body": "JVBERg=="}]},
            "Attachments[0].ContentId",
        ),
        (
            {"Attachments": [{"Filename": "a.pdf", "ContentId": "\u2028", "Body": "JVBERg=="}]},
            "Attachments[0].ContentId",
        ),
        (
            {"EmbeddedImages": [{"Filename": "a.png", "ContentId": "\r\n", "Body": "JVBERg=="}]},
            "EmbeddedImages[0].ContentId",
        ),
    ],
    ids=[
        "charset with NUL",
        "idna",
        "undefined",
        "punycode",
        "far-future schedule",
        "attachment ContentId CRLF",
        "attachment ContentId U+2028",
        "image ContentId CRLF",
    ],
)
def test_what_cannot_become_an_email_is_400_code_1_naming_the_member(
    sandbox, sandbox_admin, members, member
):
    response = httpx.post(sandbox.root_url + SEND, json=message(**members))
    assert response.status_code == 400, response.text
    answer = response.json()
    assert (answer["Status"], answer["Code"]) == ("error", "1")
    assert member in answer["Message"]
    assert sandbox_admin.outbox() == []


def test_a_charset_that_writes_the_message_is_still_taken(sandbox, sandbox_admin):
    message_id = queued_id(
        httpx.post(sandbox.root_url + SEND, json=message(CharSet=" ISO-8859-1 ", Text="Caffè"))
    )
    assert b"Caff\xe8" in sandbox_admin.eml(message_id)


def test_an_account_number_of_thousands_of_digits_is_no_account(sandbox):
    user = {"Username": "s" + "1" * 4301 + "_1", "Secret": "x"}
    for path, body in ((SEND, message(User=user)), (LIST_USERS, {"User": user})):
        response = httpx.post(sandbox.root_url + path, json=body)
        assert (response.status_code, response.json()["Code"]) == (403, "106")


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", f"sandbox/outbox/since/{2**63}"), ("DELETE", f"sandbox/outbox/{2**63}")],
)
def test_admin_ids_beyond_sqlite_integers_are_answered(sandbox, method, path):
    response = httpx.request(
        method, sandbox.root_url + path, headers={"Content-Type": "application/json"}
    )
    assert response.status_code < 500
    assert response.json()


def test_polling_since_an_id_beyond_any_message_lists_none(sandbox, sandbox_admin):
    httpx.post(sandbox.root_url + SEND, json=message())
    answer = httpx.get(sandbox.root_url + f"sandbox/outbox/since/{2**63}").json()
    assert answer == {"count": 1, "messages": []}
    deleted = httpx.delete(
        sandbox.root_url + f"sandbox/outbox/{2**63}", headers={"Content-Type": "application/json"}
    )
    assert deleted.status_code == 404
    assert "error" in deleted.json()


# --- bounded work: what no mailbox would show is refused at send time -----------------------

LIMITED = [
    ({"Subject": "s" * 999}, "Subject"),
    ({"To": [{"Email": "mario@example.org", "Name": "n" * 999}]}, "To[0].Name"),
    ({"From": {"Email": "support@example.com", "Name": "è" * 999}}, "From.Name"),
    ({"ExtendedHeaders": [{"N": "X-Big", "V": "v " * 4097}]}, "ExtendedHeaders[0].V"),
    ({"ExtendedHeaders": [{"N": "X-" + "n" * 75, "V": "v"}]}, "ExtendedHeaders[0].N"),
    (
        {"Attachments": [{"Filename": "f" * 252 + ".pdf", "Body": "JVBERg=="}]},
        "Attachments[0].Filename",
    ),
    (
        {"Attachments": [{"Filename": "a.pdf", "ContentId": "c" * 256, "Body": "JVBERg=="}]},
        "Attachments[0].ContentId",
    ),
    (
        {"Subject": "[long]", "XSmtpAPI": {"DynamicFields": [{"N": "long", "V": "v" * 999}]}},
        "Subject",
    ),
]


@pytest.mark.parametrize(
    ("members", "member"), LIMITED, ids=[member for _, member in LIMITED[:-1]] + ["merged"]
)
def test_a_header_part_over_its_limit_is_400_code_1_naming_it(
    sandbox, sandbox_admin, members, member
):
    response = httpx.post(sandbox.root_url + SEND, json=message(**members))
    assert response.status_code == 400, response.text
    assert response.json()["Code"] == "1"
    assert f"{member}: " in response.json()["Message"]
    assert "limit" in response.json()["Message"]
    assert sandbox_admin.outbox() == []


def test_header_parts_at_their_limits_are_taken_and_read_back_whole(sandbox, sandbox_admin):
    name = "Nicolò " * 142 + "Città"  # 999 characters would be one too many
    request = message(
        Subject=("città " * 166)[:998],
        To=[{"Email": f"c{n}@example.org", "Name": name[:998]} for n in range(200)],
        ExtendedHeaders=[{"N": "X-" + "n" * 74, "V": ("perché " * 1171)[:8192]}],
        Attachments=[{"Filename": "f" * 251 + ".pdf", "ContentId": "c" * 255, "Body": "JVBERg=="}],
    )
    message_id = queued_id(httpx.post(sandbox.root_url + SEND, json=request, timeout=60))
    raw = sandbox_admin.eml(message_id)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Subject"] == request["Subject"].strip()
    # Decoded as RFC 2047 says (the address parser of Python's email package keeps the space
    # between encoded words of a display name, a CPython bug):
    to = re.search(rb"^To: (.*?)\r\n(?! )", raw, re.MULTILINE | re.DOTALL)
    assert to is not None
    unfolded = to.group(1).replace(b"\r\n", b"").decode("ascii")
    decoded = str(email.header.make_header(email.header.decode_header(unfolded)))
    assert decoded == ", ".join(f"{name[:998]} <c{n}@example.org>" for n in range(200))
    assert parsed["X-" + "n" * 74] == request["ExtendedHeaders"][0]["V"].strip()
    attachment = next(parsed.iter_attachments())
    assert attachment.get_filename() == "f" * 251 + ".pdf"
