"""The Drafts dialog: the editor's named drafts listed newest first, opened by a click on Open
or a double click, deleted after a question, and the current message saved under a name; all
through real clicks, on a real draft store. The dialog has no rename: saving under a name
already listed replaces that draft."""

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mailup_gui.core.message.draft import Draft
from mailup_gui.core.message.drafts import DraftStore
from mailup_gui.ui.send_form.drafts_dialog import DraftsDialog


@pytest.fixture
def store(app_home):
    drafts = DraftStore(app_home / "drafts.sqlite3")
    drafts.save_named("message", "Invoice", Draft(subject="Invoice A-1042"))
    time.sleep(0.01)  # listed by the time they were saved
    drafts.save_named("message", "Welcome", Draft(subject="Welcome Zoe"))
    drafts.save_named("template", "Template draft", Draft(subject="of the Templates pane"))
    yield drafts
    drafts.close()


@pytest.fixture
def dialog(store, qtbot):
    shown = DraftsDialog(store, "message")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def names(dialog: DraftsDialog) -> list[str]:
    return [dialog.list.item(row).text().split(" — ")[0] for row in range(dialog.list.count())]


def button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def click_draft(qtbot, dialog: DraftsDialog, name: str, *, double: bool = False) -> None:
    item = dialog.list.item(names(dialog).index(name))
    where = dialog.list.visualItemRect(item).center()
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:  # QTest's double click alone lacks the first press an item view expects
        qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=where)


def when_modal(kind: type, act: Callable[[QWidget], None], tries: int = 500) -> None:
    """Run ``act`` on the next modal ``kind`` once it is open: its exec blocks the test."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        elif tries:
            when_modal(kind, act, tries - 1)

    QTimer.singleShot(10, look)


def test_lists_the_editors_drafts_newest_first_and_opens_the_clicked_one(dialog, qtbot):
    assert names(dialog) == ["Welcome", "Invoice"]  # not the Templates pane's draft
    assert dialog.list.currentRow() == 0 and dialog.open_button.isEnabled()
    click_draft(qtbot, dialog, "Invoice")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == Draft(subject="Invoice A-1042")


def test_a_double_click_opens_a_draft(dialog, qtbot):
    with qtbot.waitSignal(dialog.accepted):
        click_draft(qtbot, dialog, "Invoice", double=True)
    assert dialog.chosen == Draft(subject="Invoice A-1042")


def test_delete_asks_first_and_deletes_only_on_yes(dialog, store, qtbot):
    asked = []

    def answer(reply: QMessageBox.StandardButton) -> None:
        when_modal(QMessageBox, lambda box: (asked.append(box.text()), box.button(reply).click()))

    click_draft(qtbot, dialog, "Welcome")
    answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(button(dialog, "&Delete"), Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].startswith("Delete the draft “Welcome — ")
    assert names(dialog) == ["Welcome", "Invoice"]

    for name in ("Welcome", "Invoice"):
        click_draft(qtbot, dialog, name)
        answer(QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(button(dialog, "&Delete"), Qt.MouseButton.LeftButton)
    assert names(dialog) == [] and not dialog.open_button.isEnabled()
    assert store.named("message") == [] and [d.name for d in store.named("template")] == [
        "Template draft"
    ]
    qtbot.mouseClick(button(dialog, "&Delete"), Qt.MouseButton.LeftButton)  # nothing selected
    assert len(asked) == 3


def test_compose_saves_the_message_under_a_name_and_opens_it_again(compose, qtbot):
    form, seen = compose.form, {}
    form.envelope.subject.setText("Order A-1042 shipped")

    def save_then_close(dialog: DraftsDialog) -> None:
        try:
            when_modal(QInputDialog, lambda box: (box.setTextValue("Shipping"), box.accept()))
            qtbot.mouseClick(button(dialog, "&Save current as…"), Qt.MouseButton.LeftButton)
            seen["listed"] = names(dialog)
        finally:
            dialog.reject()

    when_modal(DraftsDialog, save_then_close)
    qtbot.mouseClick(form.drafts_button, Qt.MouseButton.LeftButton)
    assert seen["listed"] == ["Shipping"]

    form.envelope.subject.setText("Something else")

    def open_it(dialog: DraftsDialog) -> None:
        try:
            when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
            click_draft(qtbot, dialog, "Shipping")
            qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # not once Open accepted it
                dialog.reject()

    when_modal(DraftsDialog, open_it)
    qtbot.mouseClick(form.drafts_button, Qt.MouseButton.LeftButton)
    assert form.envelope.subject.text() == "Order A-1042 shipped"
