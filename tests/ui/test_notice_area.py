"""The notice area on its own: a notice is one line with its details on demand, the same key
replaces, several collapse to the most severe two and "+N more", the area never takes more
than its share of the window, and a cause clears exactly the notices that name it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

import mailup_gui.ui.widgets.notice_area as notice_area
from mailup_gui.ui.widgets.notice_area import CAP_SHARE, NoticeArea
from mailup_gui.ui.widgets.notice_board import Cause, NoticeBoard, field_edited

LONG = (
    "<b>Not sent: correct these first.</b><ul>"
    + "".join(f"<li>The {n}th Cc address: “x{n}@”: there must be a domain.</li>" for n in range(30))
    + "</ul>"
)


@pytest.fixture
def area(qtbot) -> NoticeArea:
    """An area over a pane "p", above a stretch, in a 1024×720 window."""
    board = NoticeBoard()
    host = QWidget()
    layout = QVBoxLayout(host)
    shown = NoticeArea(board)
    layout.addWidget(shown)
    layout.addWidget(QWidget(), 1)
    board.setParent(host)
    qtbot.addWidget(host)
    host.resize(1024, 720)
    host.show()
    shown.show_pane("p")
    yield shown  # the host lives as long as the test


def say(area: NoticeArea, key: str, kind: str = "info", text: str = "", pane="p", **keyed):
    notice = area.board.notice(pane, key, kind, **keyed)
    notice.set_message(text or f"{kind} {key}")
    notice.show()
    return notice


def test_the_same_key_is_replaced_never_stacked(area):
    say(area, "result", text="Sending…")
    say(area, "result", "error", "Refused by MailUp")
    assert [notice.text for notice in area.shown()] == ["Refused by MailUp"]
    assert len(area.rows) == 1
    assert area.rows[("p", "result")].line.text() == "Refused by MailUp"


def test_a_long_notice_is_one_line_with_its_details_on_demand(area, qtbot):
    say(area, "problems", "error", LONG)
    row = area.rows[("p", "problems")]
    qtbot.waitUntil(lambda: row.line.text().endswith("…"))
    assert row.line.height() < 2 * row.line.fontMetrics().lineSpacing()
    assert row.line.toolTip() == LONG  # the whole of it on hover
    assert row.details.isHidden() and row.details_button.isVisible()
    assert row.details_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached by Tab
    row.details_button.setFocus()
    qtbot.keyClick(row.details_button, Qt.Key.Key_Space)
    assert row.details.isVisible() and "The 29th Cc address" in row.details.text()
    assert row.details_button.text() == "Less"


def test_several_collapse_to_the_most_severe_two_and_more(area, qtbot):
    say(area, "saved", "info")
    say(area, "old-warning", "warning")
    say(area, "refused", "error")
    say(area, "new-warning", "warning")
    say(area, "tip", "info")
    assert [row.notice.key for row in area.visible_rows()] == ["refused", "new-warning"]
    assert area.more.isVisible() and area.more.text() == "+3 more"
    qtbot.mouseClick(area.more, Qt.MouseButton.LeftButton)
    assert [row.notice.key for row in area.visible_rows()] == [
        "refused",
        "new-warning",
        "old-warning",
        "tip",
        "saved",
    ]
    assert area.more.text() == "Show fewer"


def test_a_window_error_stays_in_sight_over_many_field_errors(area):
    """The sandbox being down explains every refusal under it: among errors the window's
    come first, however many newer ones the pane has."""
    say(area, "sandbox", "error", "The local sandbox could not start", pane=None)
    for field in ("To", "Cc", "Bcc", "Reply-To", "Subject", "From", "Html"):
        say(area, f"problem:{field}", "error")
    assert area.visible_rows()[0].notice.key == "sandbox"


def test_never_more_than_its_share_of_the_window(area, qtbot):
    for index in range(20):
        say(area, f"n{index}", "error", LONG)
    area.more.setChecked(True)
    for row in area.visible_rows():
        row.details_button.setChecked(True)
    qtbot.wait(50)
    window_height = area.window().height()
    assert area.height() <= window_height * CAP_SHARE + 2
    assert area.scroller.verticalScrollBar().maximum() > 0  # the rest scrolls inside


def test_a_cause_clears_the_notices_that_name_it_and_only_them(area):
    result = say(area, "result", clears_on=(Cause.SEND, Cause.PROFILE))
    cc = say(area, "problem:Cc", "error", clears_on=(Cause.SEND, field_edited("Cc")))
    to = say(area, "problem:To", "error", clears_on=(Cause.SEND, field_edited("To")))
    elsewhere = say(area, "result", pane="other", clears_on=(Cause.SEND,))
    window_wide = say(area, "keyring", "warning", pane=None)

    area.board.gone([field_edited("Cc")], "p")
    assert not cc.isVisible() and to.isVisible() and result.isVisible()
    area.board.gone([Cause.SEND], "p")
    assert not to.isVisible() and not result.isVisible()
    assert elsewhere.isVisible() and window_wide.isVisible()  # another pane's, the window's
    area.board.gone([Cause.SEND])  # every pane
    assert not elsewhere.isVisible() and window_wide.isVisible()


def test_the_window_notices_show_over_every_pane_a_pane_notice_over_its_own(area):
    say(area, "keyring", "warning", pane=None)
    say(area, "result", pane="p")
    say(area, "result", pane="other")
    assert [(n.pane, n.key) for n in area.shown()] == [(None, "keyring"), ("p", "result")]
    area.show_pane("other")
    assert [(n.pane, n.key) for n in area.shown()] == [(None, "keyring"), ("other", "result")]


def test_a_closed_notice_hides_until_said_again_and_a_fixed_one_cannot_be_closed(area, qtbot):
    closed = say(area, "result", "error", "Connection refused")
    fixed = say(area, "not-saving", "error", "The disk is full", closable=False)
    assert area.rows[("p", "not-saving")].close_button.isHidden()
    qtbot.mouseClick(area.rows[("p", "result")].close_button, Qt.MouseButton.LeftButton)
    assert not closed.isVisible() and fixed.isVisible()
    closed.show()
    assert closed.isVisible()


def test_a_new_error_is_announced_to_screen_readers(area, monkeypatch):
    heard = []
    monkeypatch.setattr(
        notice_area.QAccessible,
        "updateAccessibility",
        lambda event: heard.append((event.type(), event.message())),
    )
    say(area, "saved", "info", "Saved")
    say(area, "refused", "error", "Refused: code 111")
    assert heard == [(notice_area.QAccessible.Event.Announcement, "Error: Refused: code 111")]
    row = area.rows[("p", "refused")]
    assert row.accessibleName() == "Error: Refused: code 111"
    assert row.close_button.accessibleName() == "Close this message"


def test_an_action_runs_from_its_button_and_can_be_left_out(area, qtbot):
    notice = say(area, "result", "info", "Queued by MailUp")
    ran = []
    journal = notice.add_action("Open the Journal", lambda: ran.append(True))
    row = area.rows[("p", "result")]
    [button] = row.buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ran == [True]
    journal.setVisible(False)
    assert area.rows[("p", "result")].buttons == []
