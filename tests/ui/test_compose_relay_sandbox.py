"""The full example composed in the app reaches the embedded sandbox's outbox the same way
through the API and through its SMTP+ relay."""

import email
from email import policy

import pytest
from support.compose import choose_relay, fill_full_example, wait_sent
from support.outbox import click_row, open_outbox

from mailup_gui.api.dates import parse_datetime
from mailup_gui.core.send.result import Channel
from mailup_gui.sandbox.admin import OutboxMessage


@pytest.fixture(autouse=True)
def relay_listening(window, qtbot):
    """The embedded sandbox's relay is up before a test sends through it."""
    qtbot.waitUntil(lambda: window.context.sandbox_smtp() is not None, timeout=20_000)


def files(eml: bytes) -> list[tuple[str | None, str | None, str | None, bytes]]:
    """Each file part of a message: disposition, file name, Content-ID, bytes."""
    message = email.message_from_bytes(eml, policy=policy.default)
    return [
        (
            part.get_content_disposition(),
            part.get_filename(),
            part["Content-ID"],
            part.get_payload(decode=True),
        )
        for part in message.walk()
        if part.get_filename()
    ]


def options(stored: OutboxMessage) -> dict:
    found = dict(stored.request["XSmtpAPI"])
    found["Schedule"] = parse_datetime(found["Schedule"])
    return found


def test_the_full_example_through_the_relay_equals_it_through_the_api(
    window, compose, admin, qtbot, tmp_path
):
    fill_full_example(qtbot, compose, tmp_path)
    assert wait_sent(qtbot, compose).channel is Channel.API
    choose_relay(compose.form)  # the same draft, sent again through the relay
    report = wait_sent(qtbot, compose)
    assert report.channel is Channel.SMTP and report.outcome != "error", compose.form.result.text
    relayed, through_api = (admin.message(item.id) for item in admin.outbox())
    assert relayed.html and relayed.text and "A-1042" in relayed.subject
    assert (relayed.method, through_api.method) == ("SMTP", "SendMessage")
    for member in ("subject", "html", "text", "status", "scheduled_for", "dropped_headers"):
        assert getattr(relayed, member) == getattr(through_api, member), member
    assert options(relayed) == options(through_api)
    assert relayed.request["ExtendedHeaders"] == through_api.request["ExtendedHeaders"]
    assert [(r.kind, r.email) for r in relayed.recipients] == [
        (r.kind, r.email) for r in through_api.recipients
    ]
    relayed_files = files(admin.eml(relayed.id))
    assert len(relayed_files) == 2 and relayed_files == files(admin.eml(through_api.id))

    # the app's Outbox shows the relayed message and its options like any other
    pane = open_outbox(window, qtbot, 2)
    click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: pane.view.message is not None, timeout=10_000)
    shown = {key: label.text() for key, label in pane.view.options.values.items()}
    assert shown["method"] == "SMTP"
    assert (shown["campaign_code"], shown["priority"], shown["footer"]) == ("INV-2026", "2", "yes")
    assert "A-1042" in pane.view.envelope.text()
