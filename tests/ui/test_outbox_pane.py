"""The Outbox pane lists what the embedded sandbox received and shows it as delivered."""

import json

from mailup_gui.api.client import MailUpClient
from mailup_gui.api.dto import Message, from_json
from mailup_gui.resources import resource_path


def send_minimal(window) -> None:
    message = from_json(resource_path("examples", "sendmessage-minimal.json").read_bytes(), Message)
    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        client.send_message(message)


def test_a_sent_message_appears_rendered(window, qtbot):
    send_minimal(window)
    window.tabs.setCurrentWidget(window.outbox)
    window.outbox.refresh()
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 1, timeout=10_000)
    row = window.outbox.model.row(0)
    assert row["subject"] == "Your order A-1042 has shipped"  # merge tags filled by the sandbox
    assert row["status"] == "queued"

    window.outbox.table.selectRow(0)
    qtbot.waitUntil(lambda: "A-1042" in window.outbox.details_header.text(), timeout=10_000)
    assert "mario.rossi@example.org" in window.outbox.details_header.text()
    assert "Hello Mario" in window.outbox.preview.toPlainText()


def test_screen_share_masks_recipients_in_the_outbox(window, qtbot):
    send_minimal(window)
    window.outbox.refresh()
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 1, timeout=10_000)
    window.outbox.table.selectRow(0)
    qtbot.waitUntil(lambda: "mario.rossi" in window.outbox.details_header.text(), timeout=10_000)

    window.screen_share_action.trigger()
    assert "mario.rossi" not in window.outbox.details_header.text()
    assert "s10000_1" not in window.outbox.model.data(window.outbox.model.index(0, 2))


def test_outbox_model_passes_the_model_tester(window, qtbot, qtmodeltester):
    send_minimal(window)
    send_minimal(window)
    window.outbox.refresh()
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(window.outbox.model)
    qtmodeltester.check(window.outbox.proxy)


def test_refresh_keeps_the_selection(window, qtbot):
    send_minimal(window)
    window.outbox.refresh()
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 1, timeout=10_000)
    window.outbox.table.selectRow(0)
    selected_id = window.outbox.model.row(0)["id"]
    send_minimal(window)
    window.outbox.refresh()
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 2, timeout=10_000)
    current = window.outbox.proxy.mapToSource(window.outbox.table.currentIndex())
    assert window.outbox.model.row(current.row())["id"] == selected_id
    assert json.dumps(window.outbox.model.row(current.row()))  # plain data, no Qt objects
