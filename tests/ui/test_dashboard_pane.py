"""The Dashboard pane against the embedded sandbox's demo users."""

import csv
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from support.dashboard import POLL_TIMEOUT, badge, open_dashboard, poll, set_user, usernames

from mailup_gui.ui.dashboard.model import STATUS_COLUMN

DEMO = ["s10000_1", "s10000_2", "s10000_3", "s10000_4"]  # s10000_5 is deleted: not listed


def test_demo_users_show_their_states(window, qtbot):
    pane = open_dashboard(window, qtbot)
    assert usernames(pane) == DEMO
    assert badge(pane, "s10000_1") == "Active"
    assert re.fullmatch(
        r"Blocked until \d{1,2} \w{3} \d{4} \d{1,2}:\d\d(\s[AP]M)? · 6 d \d\d:\d\d:\d\d",
        badge(pane, "s10000_2"),
    )
    assert badge(pane, "s10000_3") == "Blocked by admin"
    assert badge(pane, "s10000_4") == "Disabled"
    assert "s10000_1" in pane.heading.text()
    assert "Updated" in pane.updated_label.text()


def test_the_countdown_ticks_only_the_blocked_until_badge_while_visible(window, qtbot):
    pane = open_dashboard(window, qtbot)
    blocked_row = pane.model.row_of_key("s10000_2")
    ticked = []
    pane.model.dataChanged.connect(
        lambda top, bottom, _roles: ticked.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    with qtbot.waitSignal(pane._countdown.timeout, timeout=5_000):
        pass
    assert ticked and set(ticked) == {(blocked_row, STATUS_COLUMN, blocked_row, STATUS_COLUMN)}
    window.tabs.setCurrentWidget(window.outbox_page)
    assert not pane._countdown.isActive()
    window.tabs.setCurrentWidget(window.dashboard_page)
    assert pane._countdown.isActive()


def test_details_say_what_the_state_means_and_who_can_lift_it(window, qtbot):
    pane = open_dashboard(window, qtbot)
    expectations = {
        "s10000_3": ("code 104", "only MailUp support can lift it"),
        "s10000_4": ("code 103", "the account's admin can enable it in the MailUp console"),
        "s10000_2": ("code 105", "wait, or ask MailUp support"),
        "s10000_1": ("MailUp accepts its sends", "Order and account emails"),
    }
    for username, phrases in expectations.items():
        pane.table.selectRow(usernames(pane).index(username))
        text = pane.details.toPlainText()
        assert username in text
        for phrase in phrases:
            assert phrase in text, (username, phrase, text)
    assert "example.com" in text and "support@example.com" in text


def test_text_and_status_filters(window, qtbot):
    pane = open_dashboard(window, qtbot)
    qtbot.keyClicks(pane.filter_edit, "QUOTA")
    assert usernames(pane) == ["s10000_2"]
    pane.filter_edit.clear()
    assert usernames(pane) == DEMO
    combo = pane.status_combo
    combo.setCurrentIndex(combo.findText("Cannot send (blocked or disabled)"))
    assert usernames(pane) == ["s10000_2", "s10000_3", "s10000_4"]
    combo.setCurrentIndex(combo.findText("Disabled"))
    assert usernames(pane) == ["s10000_4"]
    qtbot.keyClicks(pane.filter_edit, "s10000_1")
    assert usernames(pane) == []


def test_sorting_uses_real_keys(window, qtbot):
    pane = open_dashboard(window, qtbot)
    header = pane.table.horizontalHeader()
    header.setSortIndicator(STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
    assert usernames(pane) == ["s10000_3", "s10000_4", "s10000_2", "s10000_1"]
    header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # Created: by date, not by its text
    assert usernames(pane) == ["s10000_4", "s10000_1", "s10000_2", "s10000_3"]
    header.setSortIndicator(6, Qt.SortOrder.DescendingOrder)
    assert usernames(pane) == ["s10000_3", "s10000_2", "s10000_1", "s10000_4"]


def test_models_pass_the_model_tester(window, qtbot, qtmodeltester):
    pane = open_dashboard(window, qtbot)
    qtmodeltester.check(pane.model)
    qtmodeltester.check(pane.proxy)


def test_a_poll_updates_in_place_keeping_selection_and_highlights_the_change(window, qtbot):
    pane = open_dashboard(window, qtbot)
    pane.table.selectRow(usernames(pane).index("s10000_4"))
    resets = []
    pane.model.modelReset.connect(lambda: resets.append(True))
    set_user(window, "s10000_1", admin_block=True)
    poll(window, qtbot)
    current = pane.table.currentIndex()
    assert pane.model.row(pane.proxy.mapToSource(current).row())["username"] == "s10000_4"
    assert resets == []
    assert badge(pane, "s10000_1") == "Blocked by admin"
    assert pane.model.highlighted == {"s10000_1"}
    pane.table.selectRow(usernames(pane).index("s10000_1"))  # looked at: no longer highlighted
    assert pane.model.highlighted == frozenset()


def test_look_up_one_user_by_name(window, qtbot):
    pane = open_dashboard(window, qtbot)
    qtbot.keyClicks(pane.lookup_edit, "s10000_3")
    QTest.keyClick(pane.lookup_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Blocked by an administrator" in pane.lookup_result.text(), timeout=POLL_TIMEOUT
    )
    assert "s10000_3" in pane.details.toPlainText()
    assert usernames(pane)[pane.table.currentIndex().row()] == "s10000_3"

    pane.look_up("s10000_9")
    qtbot.waitUntil(lambda: "Unknown" in pane.lookup_result.text(), timeout=POLL_TIMEOUT)
    pane.look_up("not-a-user")
    assert "looks like s123456_1" in pane.lookup_result.text()


def test_export_writes_the_rows_shown_in_their_order(window, qtbot, tmp_path):
    pane = open_dashboard(window, qtbot)
    combo = pane.status_combo
    combo.setCurrentIndex(combo.findText("Cannot send (blocked or disabled)"))
    pane.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    path = tmp_path / "users.csv"
    pane.export_csv(path)
    qtbot.waitUntil(lambda: "Exported 3 users" in pane.updated_label.text(), timeout=POLL_TIMEOUT)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert [row[0] for row in rows[1:]] == ["s10000_4", "s10000_3", "s10000_2"]
    assert [row[1] for row in rows[1:]] == ["disabled", "blocked by admin", "blocked until"]
    assert "sandbox" not in path.read_text(encoding="utf-8-sig")  # never the demo secret


def test_interval_setting_has_a_floor_and_is_remembered(window, qtbot):
    from mailup_gui.core.storage.settings import SettingsStore

    pane = open_dashboard(window, qtbot)
    assert pane.interval_spin.value() == 60
    pane.interval_spin.setValue(5)
    assert pane.interval_spin.value() == 10
    assert window.poller.policy.interval == 10
    pane.interval_spin.setValue(120)
    assert SettingsStore().value.poll_interval_s == 120


def test_screen_share_masks_usernames_and_addresses(window, qtbot):
    pane = open_dashboard(window, qtbot)
    pane.table.selectRow(0)
    window.screen_share_action.trigger()
    model = pane.model
    assert "s10000_1" not in model.data(model.index(0, 0))
    assert "support@example.com" not in model.data(model.index(0, 4))
    assert "s10000_1" not in pane.details.toPlainText()
    assert "support@example.com" not in pane.details.toPlainText()
    assert "s10000_1" not in pane.heading.text()


def test_a_status_log_no_application_opens_is_said_not_dropped(window, qtbot, monkeypatch):
    """No desktop handler for .jsonl: openUrl returns False (faked: a real desktop's handlers
    are not the test's to choose)."""
    from mailup_gui.ui.widgets import open_file

    class NoHandler:
        @staticmethod
        def openUrl(_url) -> bool:
            return False

    monkeypatch.setattr(open_file, "QDesktopServices", NoHandler)
    pane = open_dashboard(window, qtbot)
    pane.poller.log.path.parent.mkdir(parents=True, exist_ok=True)
    pane.poller.log.path.write_text("{}\n")
    pane.log_button.click()
    assert pane.log_offer is not None and pane.log_offer.isVisible()
    assert "status-log.jsonl" in pane.log_offer.text()
    pane.log_offer.close()
