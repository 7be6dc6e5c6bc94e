"""Contract: requests shaped the way published MailUp clients shape them (shared/mailup-api.md,
"What real clients send"), posted as raw JSON over loopback HTTP to a running sandbox.

Written from those descriptions, not from any client's code: .NET code posting MailUp's SDK
DTOs with Newtonsoft.Json's defaults, a Node (nodemailer) transport, a Go client, MIME-style
line-broken base64, and the JSON examples of the API notes.
"""

import base64
import email
import json
from email import policy

import httpx
import pytest

USER = {"Username": "s10000_1", "Secret": "sandbox"}
PDF = b"%PDF-1.4\n% a tiny attachment\n" + bytes(range(256))
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


@pytest.fixture
def post(sandbox):
    """POST a JSON body as a client library would; the answer as (HTTP status, JSON)."""
    with httpx.Client(
        base_url=sandbox.api_base_url,
        headers={"Content-Type": "application/json; charset=utf-8", "Accept": "application/json"},
    ) as http:

        def send(path, body):
            response = http.post(path, content=json.dumps(body).encode())
            return response.status_code, response.json()

        yield send


def accepted(answer):
    """Success as a Go client judges it: HTTP 2xx and Status "done" and Code "0"."""
    status, body = answer
    assert 200 <= status < 300 and body["Status"] == "done" and body["Code"] == "0", answer
    return int(body["Message"].rstrip(".").rpartition(" ")[2])


def parsed_eml(admin, message_id):
    return email.message_from_bytes(admin.eml(message_id), policy=policy.default)


def files_of(message):
    return {
        part.get_filename(): (part.get_content(), part["Content-ID"])
        for part in message.walk()
        if part.get_filename()
    }


# --- .NET: MailUp.Sdk DTOs through JsonConvert.SerializeObject --------------------------------

DOTNET_XSMTPAPI_UNSET = {
    "CampaignName": None,
    "CampaignCode": None,
    "Header": None,
    "Footer": None,
    "ClickTracking": None,
    "ViewTracking": None,
    "Priority": None,
    "Schedule": "0001-01-01T00:00:00",  # a non-nullable DateTime left at its default
    "DynamicFields": None,
    "CampaignReport": None,
    "SkipDynamicFields": None,
}


def dotnet_message(x_smtp_api):
    return {
        "Subject": "Your invoice",
        "Html": {"DocType": None, "Head": None, "Body": "<p>Thank you.</p>", "BodyTag": None},
        "Text": None,
        "From": {"Name": "Example Billing", "Email": "billing@example.com"},
        "To": [{"Name": "Mario Rossi", "Email": "mario.rossi@example.org"}],
        "Cc": None,
        "Bcc": None,
        "ReplyTo": None,
        "CharSet": None,
        "ExtendedHeaders": None,
        "Attachments": None,
        "EmbeddedImages": None,
        "XSmtpAPI": x_smtp_api,
        "User": USER,
    }


@pytest.mark.parametrize("x_smtp_api", [None, DOTNET_XSMTPAPI_UNSET], ids=["null", "all unset"])
def test_dotnet_send_message_with_every_member_written(post, sandbox_admin, x_smtp_api):
    message_id = accepted(post("messages/sendmessage", dotnet_message(x_smtp_api)))

    stored = sandbox_admin.message(message_id)
    assert (stored.subject, stored.status, stored.scheduled_for) == (
        "Your invoice",
        "queued",
        None,
    )
    assert "<p>Thank you.</p>" in stored.html
    eml = parsed_eml(sandbox_admin, message_id)
    assert eml["To"] == "Mario Rossi <mario.rossi@example.org>"
    assert "Cc" not in eml


def test_dotnet_send_template_with_every_member_written(post, sandbox_admin):
    body = {
        **{
            key: value for key, value in dotnet_message(None).items() if key not in ("Html", "Text")
        },
        "Subject": None,  # the template's own subject
        "From": {"Name": None, "Email": "support@example.com"},
        "TemplateId": 1,
        "XSmtpAPI": {
            **DOTNET_XSMTPAPI_UNSET,
            "DynamicFields": [{"N": "order_id", "V": "A-1042"}, {"N": "firstname", "V": "Mario"}],
        },
    }
    message_id = accepted(post("messages/sendtemplate", body))

    stored = sandbox_admin.message(message_id)
    assert stored.template_id == 1
    assert "A-1042" in stored.subject
    assert "[order_id]" not in stored.html


# --- Node: a nodemailer transport ---------------------------------------------------------------


def test_node_byte_array_bodies_with_and_without_content_id(post, sandbox_admin):
    body = {
        "Subject": "Your ticket",
        "From": {"Name": "Events", "Email": "events@example.com"},
        "To": [{"Name": "Mario", "Email": "mario@example.org"}],
        "ReplyTo": "tickets@example.com",  # a bare address
        "Html": {"Body": '<p>See you there!</p><img src="cid:logo@events">'},
        "ExtendedHeaders": [
            {"N": "X-Laziness-Level", "V": "1000"},
            {"N": "X-Mailer", "V": "nodemailer"},
        ],
        "Attachments": [{"Filename": "ticket.pdf", "Body": list(PDF)}],  # no ContentId
        "EmbeddedImages": [{"Filename": "logo.png", "ContentId": "logo@events", "Body": list(PNG)}],
        "User": USER,
    }
    message_id = accepted(post("messages/sendmessage", body))

    eml = parsed_eml(sandbox_admin, message_id)
    assert files_of(eml) == {"ticket.pdf": (PDF, None), "logo.png": (PNG, "<logo@events>")}
    assert (eml["Reply-To"], eml["X-Laziness-Level"]) == ("tickets@example.com", "1000")


# --- Go: a minimal message ----------------------------------------------------------------------


def test_go_minimal_message_with_charset_and_only_a_campaign_code(post, sandbox_admin):
    body = {
        "Subject": "Welcome",
        "Html": {"Body": "<p>Welcome aboard.</p>"},
        "Text": "Welcome aboard.",
        "From": {"Email": "support@example.com"},  # Name omitted when empty
        "To": [{"Email": "new.customer@example.org"}],
        "CharSet": "utf-8",
        "XSmtpAPI": {"CampaignCode": "welcome-2026"},
        "User": USER,
    }
    message_id = accepted(post("messages/sendmessage", body))

    stored = sandbox_admin.message(message_id)
    assert stored.request["XSmtpAPI"] == {"CampaignCode": "welcome-2026"}
    assert "utf-8" in parsed_eml(sandbox_admin, message_id).get_body(("plain",))["Content-Type"]


# --- base64 with line breaks ------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_base64_with_a_line_break_every_76_characters(post, sandbox_admin, newline):
    encoded = base64.encodebytes(PDF * 4).decode().replace("\n", newline)  # 76-char lines
    body = {
        "Subject": "Report",
        "Text": "Attached.",
        "From": {"Email": "support@example.com"},
        "To": [{"Email": "mario@example.org"}],
        "Attachments": [{"Filename": "report.pdf", "ContentId": None, "Body": encoded}],
        "User": USER,
    }
    message_id = accepted(post("messages/sendmessage", body))

    assert files_of(parsed_eml(sandbox_admin, message_id)) == {"report.pdf": (PDF * 4, None)}


# --- the JSON examples of the API notes --------------------------------------------------------


def test_the_api_notes_shared_objects_in_one_send_message(post, sandbox_admin):
    body = {
        "Subject": "Example",
        "Html": {
            "DocType": "<!DOCTYPE html>",
            "Head": "<title>Example</title>",
            "Body": "<p>Hello [firstname]</p>",
            "BodyTag": '<body style="margin:0">',
        },
        "From": {"Name": "Support", "Email": "support@example.com"},
        "To": [{"Name": "Mario", "Email": "mario@example.org"}],
        "ExtendedHeaders": [{"N": "X-Ticket", "V": "42"}],
        "Attachments": [
            {"Filename": "a.pdf", "ContentId": None, "Body": base64.b64encode(PDF).decode()}
        ],
        "XSmtpAPI": {
            "Schedule": "2021-09-14T17:58+02:00",  # MailUp's own example, in the past
            "DynamicFields": [{"N": "firstname", "V": "Mario"}],
        },
        "User": USER,
    }
    message_id = accepted(post("messages/sendmessage", body))

    stored = sandbox_admin.message(message_id)
    assert stored.status == "queued"
    assert stored.html.startswith("<!DOCTYPE html>")
    assert '<body style="margin:0">' in stored.html and "Hello Mario" in stored.html


def test_the_api_notes_list_user_info_for_one_user_and_for_the_list(post):
    status, one = post("users/listuserinfo", {"User": USER, "Username": "s10000_2"})
    assert (status, one["Status"], one["Code"]) == (200, "done", "0")
    assert [user["Username"] for user in one["UserList"]] == ["s10000_2"]
    _, every = post("users/listuserinfo", {"User": USER})
    _, empty_name = post("users/listuserinfo", {"User": USER, "Username": ""})
    assert len(every["UserList"]) == len(empty_name["UserList"]) > 1


def test_the_api_notes_error_envelope(post):
    status, answer = post("messages/sendmessage", {"User": {"Username": "s10000_1", "Secret": "x"}})
    assert (status, answer["Status"], answer["Code"]) == (403, "error", "102")
    assert answer["Message"] == "The operation is not authorized."
