"""The client and the sandbox refuse a header-breaking character each on its own: the client
before sending (nothing reaches the sandbox), the sandbox when the client's checks are off."""

import msgspec
import pytest

from mailup_gui.api import (
    EmailAddress,
    InvalidRequestError,
    MailUpApiError,
    MailUpClient,
    Message,
    MessagePart,
    NameValue,
    XSmtpApi,
)

BASE = Message(
    subject="Order [order_id]",
    text="Hi",
    from_=EmailAddress("support@example.com", "Support"),
    to=[EmailAddress("mario@example.org", "Mario")],
    x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("order_id", "A-1")]),
)

CASES = {
    "Subject": {"subject": "Hello\u2028Bcc: all@example.org"},
    "To[0].Name": {"to": [EmailAddress("mario@example.org", "Mario\x0bRossi")]},
    "ExtendedHeaders[0].V": {"extended_headers": [NameValue("X-Ticket", "1\x0c2")]},
    "ExtendedHeaders[0].N": {"extended_headers": [NameValue("X-Tick\tet", "1")]},
    "Attachments[0].Filename": {"attachments": [MessagePart("a\r\n.pdf", b"%PDF")]},
    "Attachments[0].ContentId": {"attachments": [MessagePart("a.pdf", b"%PDF", "a\x00b")]},
    "XSmtpAPI.DynamicFields[0].V": {
        "x_smtp_api": XSmtpApi(dynamic_fields=[NameValue("order_id", "A\x851")])
    },
}


@pytest.fixture
def client(sandbox):
    with MailUpClient(sandbox.api_base_url, "s10000_1", "sandbox") as client:
        yield client


@pytest.mark.parametrize("path", list(CASES))
def test_each_side_refuses_on_its_own(client, sandbox_admin, path):
    request = msgspec.structs.replace(BASE, **CASES[path])

    with pytest.raises(InvalidRequestError) as local:
        client.send_message(request)
    assert [problem.field for problem in local.value.problems] == [path]
    assert sandbox_admin.outbox() == []

    with pytest.raises(MailUpApiError) as remote:
        client.send_message(request, validate=False)
    assert (remote.value.http_status, remote.value.code) == (400, "1")
    assert f"{path}: " in remote.value.server_message
    assert sandbox_admin.outbox() == []
