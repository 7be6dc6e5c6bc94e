"""MailUp's envelopes are encoded by msgspec (faster on every send) into the very bytes and
headers Starlette's JSONResponse gives: compact, UTF-8 unescaped, the same escapes."""

import pytest
from starlette.responses import JSONResponse

from mailup_gui.api.errors import CODES
from mailup_gui.sandbox.mailup import envelope

MESSAGES = [
    "Queued as sandbox message 1.",
    "The operation failed. $.To[0].Email: Expected `str`, got `int`.",
    "città, 日付, 😀, \u2028\u2029\u0085\x7f",
    "".join(chr(code) for code in range(0x20)),
    'a "quote", a \\ backslash and a / slash',
    CODES["102"].meaning,  # a translatable Text, a str subclass
]


@pytest.mark.parametrize("message", MESSAGES)
@pytest.mark.parametrize(("code", "status"), [("0", 200), ("1", 400), ("102", 403)])
def test_an_envelope_is_what_json_response_writes(message, code, status):
    answer = envelope(code, message)
    written = JSONResponse(
        {"Status": "done" if code == "0" else "error", "Code": code, "Message": message},
        status_code=status,
    )
    assert (answer.status_code, answer.body) == (written.status_code, written.body)
    assert answer.headers.items() == written.headers.items()


def test_a_user_list_is_what_json_response_writes():
    users = [
        {"Username": "s1_1", "IdConsole": 1, "IsEnabled": True, "BlockUntil": None},
        {"Username": "s1_2", "IdConsole": 2**62, "IsEnabled": False, "DomainList": "a;b"},
    ]
    answer = envelope("0", "The operation has been completed.", UserList=users)
    written = JSONResponse(
        {
            "Status": "done",
            "Code": "0",
            "Message": "The operation has been completed.",
            "UserList": users,
        }
    )
    assert answer.body == written.body
