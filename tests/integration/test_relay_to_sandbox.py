"""The app's own relay transport and its Python relay snippet against the sandbox's relay:
non-ASCII addresses and names and subjects of any length come back from the Outbox exactly as
typed (issue 19, point 6)."""

import subprocess
import sys

import pytest

from mailup_gui.core.account.profiles import Endpoint, Profile, RelayEndpoint
from mailup_gui.core.account.secrets import SecretStore
from mailup_gui.core.message.draft import Draft, build_message
from mailup_gui.core.send.pipeline import SendKind, send
from mailup_gui.core.send.result import Channel, Outcome
from mailup_gui.core.send.snippets import relay_snippet

USER, SECRET = "s10000_1", "sandbox"


def draft(**changes) -> Draft:
    values = dict(
        from_name="Jörg Müller",
        from_email="support@example.com",
        to="Antonín Dvořák <dvořák@example.org>",
        subject="Hello",
        text="Ahoj",
    )
    return Draft(**{**values, **changes})


SUBJECTS = [
    "x" * 70,
    ("Your order 1042 is ready " * 4)[:74] + "!",
    "Ordine " + "a" * 69,  # 76: folded right after the colon by policy.SMTP
    "Il tuo ordine è pronto, grazie per aver scelto il nostro negozio: " * 3,
    "Your order 1042 is ready " * 30,
    "z" * 998,  # the longest Subject the sandbox takes (sandbox/limits.py)
]


@pytest.mark.parametrize("subject", SUBJECTS, ids=lambda subject: f"{len(subject)} chars")
def test_the_app_relays_non_ascii_addresses_and_any_subject_unchanged(
    sandbox, subject, only_message
):
    profile = Profile(name="Sandbox", username=USER, endpoint=Endpoint.SANDBOX)
    secrets = SecretStore()
    secrets.keep_for_session(profile.id, SECRET)
    report = send(
        profile,
        secrets,
        None,
        SendKind.MESSAGE,
        draft(subject=subject),
        Channel.SMTP,
        sandbox_smtp=sandbox.smtp_address,
    )
    assert report.outcome is Outcome.QUEUED, report.failure
    stored = only_message()
    assert stored.subject == subject
    assert stored.request["From"] == {"Name": "Jörg Müller", "Email": "support@example.com"}
    assert stored.request["To"] == [{"Name": "Antonín Dvořák", "Email": "dvořák@example.org"}]
    assert [item.email for item in stored.recipients] == ["dvořák@example.org"]


def test_the_python_relay_snippet_sends_to_a_non_ascii_address(sandbox, only_message):
    built = build_message(draft(subject="Ordine " + "a" * 69, bcc="archivio@example.com"))
    assert built.problems == []
    host, port = sandbox.smtp_address
    code = relay_snippet(
        "Python",
        built.message,
        RelayEndpoint(host, port),
        inline_credentials=True,
        username=USER,
        secret=SECRET,
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    stored = only_message()
    assert stored.subject == "Ordine " + "a" * 69
    assert [(item.kind, item.email) for item in stored.recipients] == [
        ("to", "dvořák@example.org"),
        ("bcc", "archivio@example.com"),
    ]
    assert stored.request["To"] == [{"Name": "Antonín Dvořák", "Email": "dvořák@example.org"}]
