"""SMTP replies in plain words, and when certificates are checked (no network here)."""

import ssl

import pytest

from mailup_gui.api.errors import CODES
from mailup_gui.core.account.profiles import RelayEndpoint
from mailup_gui.core.send.relay import RelayError, Step, refusal, tls_context


@pytest.mark.parametrize(
    ("step", "code", "text", "hint", "retryable"),
    [
        (
            Step.AUTH,
            535,
            "5.7.8 Authentication credentials invalid",
            RelayError.WRONG_CREDENTIALS,
            False,
        ),
        (Step.MAIL, 550, "5.7.1 Sender not allowed", RelayError.SENDER_NOT_AUTHORISED, False),
        (Step.MAIL, 550, "5.1.0 Bad sender syntax", RelayError.REFUSED, False),
        (Step.DATA, 552, "5.3.4 Too big", RelayError.TOO_LARGE, False),
        (Step.DATA, 554, "5.5.1 No valid recipients", RelayError.NO_VALID_RECIPIENT, False),
        (Step.DATA, 451, "4.3.0 Local error", RelayError.TEMPORARY, True),
        (Step.CONNECT, 421, "4.7.0 Too many connections", RelayError.TEMPORARY, True),
        (Step.AUTH, 535, "5.7.8 The user has been deleted.", CODES["112"].hint, False),
        (Step.MAIL, 550, "The MailUp account has been deleted.", CODES["108"].hint, False),
        (Step.MAIL, 550, "The MailUp account cannot be found.", CODES["106"].hint, False),
        (Step.MAIL, 554, "5.7.1 The user is disabled", CODES["103"].hint, False),
    ],
)
def test_replies_map_to_hints(step, code, text, hint, retryable):
    error = refusal(step, code, text)
    assert (error.hint, error.retryable, error.code, error.server_message) == (
        hint,
        retryable,
        str(code),
        text,
    )
    assert error.summary == f"SMTP {code} at {step.value}: {text}"


def test_certificates_are_checked_except_on_this_computer():
    remote = tls_context(RelayEndpoint("fast.smtpok.com", 25))
    assert remote.verify_mode is ssl.CERT_REQUIRED and remote.check_hostname
    local = tls_context(RelayEndpoint("127.0.0.1", 2525))
    assert local.verify_mode is ssl.CERT_NONE and not local.check_hostname
