"""Screen-share mode across the panes: toggled around the Profiles dialog without errors, no
username or address left readable, masked values still told apart, the focused field readable."""

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from support.dashboard import open_dashboard

from mailup_gui.api.client import MailUpClient
from mailup_gui.core.message.draft import Draft, build_message
from mailup_gui.ui.profiles.dialog import ProfilesDialog

USERNAME = re.compile(r"s\d+_\d+")
ADDRESS = re.compile(r"[\w.+-]{2,}@[\w-]{2,}\.")
DRAFT = Draft(
    from_email="support@example.com",
    to="Mario Rossi <mario.rossi@example.org>",
    subject="Invoice A-1042",
    text="Hello",
)


def cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts = [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
    ]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(model.data(index, role) or ""))
    return texts


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            if widget.echoMode() is QLineEdit.EchoMode.Normal:
                texts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(cells(widget))
    return texts


def readable(texts: list[str]) -> list[str]:
    return [t for t in texts if USERNAME.search(t) or ADDRESS.search(t)]


def open_and_close_profiles(window, qtbot) -> None:
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    window.open_profiles()
    # However the dialog went, it is gone now: its guarded fields with it.
    for dialog in window.findChildren(ProfilesDialog):
        dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def show_every_pane(window, qtbot) -> list[str]:
    texts = [window.statusBar().currentMessage()]
    for page in (window.dashboard_page, window.outbox_page, window.journal_page):
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda page=page: page.built is not None)
        texts += visible_texts(window)
    return texts


def test_screen_share_survives_the_profiles_dialog_and_masks_every_pane(window, qtbot):
    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        client.send_message(build_message(DRAFT).message)
    window.outbox.refresh()
    dashboard = open_dashboard(window, qtbot)
    dashboard.table.selectRow(0)
    qtbot.waitUntil(lambda: "s10000_1" in dashboard.details.toPlainText())
    window.tabs.setCurrentWidget(window.outbox_page)
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() == 1, timeout=10_000)

    window.screen_share_action.trigger()
    open_and_close_profiles(window, qtbot)
    window.screen_share_action.trigger()  # off: the names are back, so the check below can fail
    assert readable(show_every_pane(window, qtbot))
    window.screen_share_action.trigger()
    open_and_close_profiles(window, qtbot)
    window.screen_share_action.trigger()
    window.screen_share_action.trigger()

    assert readable(show_every_pane(window, qtbot)) == []
    users = [dashboard.model.data(dashboard.model.index(row, 0)) for row in range(4)]
    assert len(set(users)) == 4, users  # masked, yet each row is a different user


def test_the_focused_field_shows_its_text_while_its_neighbours_stay_masked(window, qtbot):
    window.screen_share_action.trigger()
    dialog = ProfilesDialog(
        window.context.profiles,
        window.context.secrets,
        window.context.privacy,
        window.context.tasks,
        window.context.sandbox_url,
        window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.username.setFocus()
    qtbot.waitUntil(dialog.username.hasFocus)
    assert dialog.username.echoMode() is QLineEdit.EchoMode.Normal
    assert dialog.from_email.echoMode() is QLineEdit.EchoMode.Password
    dialog.from_email.setFocus()
    qtbot.waitUntil(dialog.from_email.hasFocus)
    assert dialog.from_email.echoMode() is QLineEdit.EchoMode.Normal
    assert dialog.username.echoMode() is QLineEdit.EchoMode.Password
