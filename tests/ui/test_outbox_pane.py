"""The Outbox pane lists what the embedded sandbox received, live, and shows the selected
message, and only that one, in the message view."""

import json
import threading

from PySide6.QtCore import Qt
from support.outbox import click_row, example, open_outbox, send, send_template

from mailup_gui.core.outbox.service import SandboxOutbox


def test_a_sent_message_appears_rendered(window, qtbot):
    send(window)
    pane = open_outbox(window, qtbot, 1)
    row = pane.model.row(0)
    assert row["subject"] == "Your order A-1042 has shipped"  # merge tags filled by the sandbox
    assert row["status"] == "queued"

    click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: pane.view.message is not None, timeout=10_000)
    assert "A-1042" in pane.view.envelope.text()
    assert "mario.rossi@example.org" in pane.view.envelope.text()
    assert "Hello Mario" in pane.view.text.toPlainText()


def test_details_show_a_loading_state_then_the_selected_message(window, qtbot):
    send(window)
    pane = open_outbox(window, qtbot, 1)
    click_row(qtbot, pane, 0)
    assert pane.view.loading  # at once, before any answer
    assert not pane.view.tabs.isEnabled()
    assert "A-1042" in pane.view.envelope.text()  # the row's subject while it loads
    qtbot.waitUntil(lambda: pane.view.message is not None, timeout=10_000)
    assert not pane.view.loading and pane.view.tabs.isEnabled()


def test_a_late_answer_for_an_earlier_row_is_dropped(window, qtbot, monkeypatch):
    first = example()
    first["Subject"] = "older message"
    send(window, first)
    send(window)
    pane = open_outbox(window, qtbot, 2)
    older_id = min(pane.watcher.rows)
    release = threading.Event()
    original = SandboxOutbox.message

    def slow_for_the_older(service, message_id):
        if message_id == older_id:
            release.wait(10)  # answers only after the newer row's details arrived
        return original(service, message_id)

    monkeypatch.setattr(SandboxOutbox, "message", slow_for_the_older)
    click_row(qtbot, pane, 1)  # the older one (newest first)
    click_row(qtbot, pane, 0)
    newest = pane.selected_id()
    assert newest != older_id
    qtbot.waitUntil(lambda: pane.view.message is not None, timeout=10_000)
    release.set()
    window.context.tasks.wait()
    qtbot.waitUntil(lambda: not window.context.tasks.busy, timeout=10_000)
    assert pane.view.message.id == newest
    assert "older message" not in pane.view.envelope.text()


def test_new_messages_appear_without_refresh_and_count_as_unread(window, qtbot):
    pane = open_outbox(window, qtbot, 0)
    qtbot.waitUntil(lambda: pane.watcher.known, timeout=10_000)
    outbox_tab = window.tabs.indexOf(window.outbox_page)
    send(window)
    # Nothing asks for a refresh: the watcher's poll (every POLL_MS) brings it. Its 2 s goal is
    # by design; the timeout here only allows for a busy test machine.
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)
    assert window.tabs.tabText(outbox_tab) == "Outbox (1)"
    assert pane.model.row(0)["id"] in pane.model.highlighted  # shown in bold until opened

    click_row(qtbot, pane, 0)
    assert window.tabs.tabText(outbox_tab) == "Outbox"
    assert not pane.model.highlighted


def test_the_unread_count_shows_before_the_pane_was_ever_opened(window, qtbot):
    watcher = window.outbox_watcher
    qtbot.waitUntil(lambda: watcher.known, timeout=10_000)
    send(window)
    outbox_tab = window.tabs.indexOf(window.outbox_page)
    qtbot.waitUntil(lambda: window.tabs.tabText(outbox_tab) == "Outbox (1)", timeout=10_000)
    assert window.outbox_page.built is None


def test_no_polling_for_a_production_profile(window, qtbot):
    from mailup_gui.core.account.profiles import Endpoint, Profile

    watcher = window.outbox_watcher
    assert watcher.active
    production = Profile(name="Customer", username="s1_1", endpoint=Endpoint.PRODUCTION)
    watcher.follow(production)
    assert not watcher.active and watcher.service is None
    watcher.follow(window.context.profiles.active)
    assert watcher.active


def test_search_by_subject_or_recipient(window, qtbot):
    other = example()
    other["Subject"] = "Password reset"
    other["To"] = [{"Name": "Anna", "Email": "anna.verdi@example.net"}]
    send(window, other)
    send(window)
    pane = open_outbox(window, qtbot, 2)
    assert pane.state.text().endswith(" in the sandbox outbox.")
    qtbot.keyClicks(pane.search, "password")
    assert pane.proxy.rowCount() == 1
    assert pane.proxy.index(0, 3).data() == "Password reset"
    assert pane.state.text().startswith("Showing 1 of 2 message")
    pane.search.clear()
    qtbot.keyClicks(pane.search, "MARIO.ROSSI")
    assert pane.proxy.rowCount() == 1
    assert "A-1042" in pane.proxy.index(0, 3).data()
    pane.search.clear()
    assert pane.proxy.rowCount() == 2
    assert pane.state.text().endswith(" in the sandbox outbox.")


def test_delete_one_after_confirming(window, qtbot, admin):
    send(window)
    send(window)
    pane = open_outbox(window, qtbot, 2)
    click_row(qtbot, pane, 0)
    doomed = pane.selected_id()
    pane.delete_button.click()
    assert pane.confirmation.text().startswith(
        "Delete “Your order A-1042 has shipped” (to mario.rossi@example.org)"
    )
    pane.confirmation.reject()  # Cancel: nothing happens
    assert len(admin.outbox()) == 2

    pane.delete_button.click()
    delete = next(b for b in pane.confirmation.buttons() if b.text() == "&Delete")
    delete.click()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)
    assert [row.id for row in admin.outbox()] != [doomed]
    assert doomed not in pane.watcher.rows


def test_clear_all_after_confirming(window, qtbot, admin):
    send(window)
    send(window)
    pane = open_outbox(window, qtbot, 2)
    pane.clear_button.click()
    clear = next(b for b in pane.confirmation.buttons() if b.text() == "De&lete all")
    clear.click()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0, timeout=10_000)
    assert admin.outbox() == []


def test_a_message_deleted_elsewhere_leaves_the_list(window, qtbot, admin):
    send(window)
    send(window)
    pane = open_outbox(window, qtbot, 2)
    admin.delete_message(admin.outbox()[0].id)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)


def test_screen_share_masks_recipients_in_the_outbox(window, qtbot):
    send(window)
    pane = open_outbox(window, qtbot, 1)
    click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: "mario.rossi" in pane.view.envelope.text(), timeout=10_000)

    window.screen_share_action.trigger()
    assert "mario.rossi" not in pane.view.envelope.text()
    assert "s10000_1" not in pane.model.data(pane.model.index(0, 2))
    assert "mario.rossi" not in pane.model.data(pane.model.index(0, 4))


def test_outbox_model_passes_the_model_tester(window, qtbot, qtmodeltester):
    send(window)
    send(window)
    pane = open_outbox(window, qtbot, 2)
    qtmodeltester.check(pane.model)
    qtmodeltester.check(pane.proxy)


def test_refresh_keeps_the_selection(window, qtbot):
    send(window)
    pane = open_outbox(window, qtbot, 1)
    pane.table.selectRow(0)
    selected_id = pane.model.row(0)["id"]
    send(window)
    pane.refresh()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=10_000)
    current = pane.proxy.mapToSource(pane.table.currentIndex())
    assert pane.model.row(current.row())["id"] == selected_id
    assert json.dumps(pane.model.row(current.row()))  # plain data, no Qt objects


def test_received_method_and_user_columns_show_whole_at_1024(window, qtbot):
    window.resize(1024, 768)
    send(window)
    template = {
        "TemplateId": 1,
        "From": {"Name": "", "Email": "support@example.com"},
        "To": [{"Name": "", "Email": "zoe@example.net"}],
    }
    window.show()
    pane = open_outbox(window, qtbot, 1)
    send_template(window, template)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=10_000)
    table = pane.table
    for column in (0, 1, 2, 5):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
        assert table.columnWidth(column) >= table.horizontalHeader().sectionSizeHint(column)
    recipients = pane.proxy.index(0, 4)
    assert "@" in recipients.data(Qt.ItemDataRole.ToolTipRole)
