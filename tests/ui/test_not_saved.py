"""A file the user asked to save that cannot be written is said in one box, the same from every
place that saves: its title, the path and the reason (a folder that is a file, a full disk)."""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from support.file_dialogs import answer_next_file_dialog

from mailup_gui.ui.outbox.message_view.attachments import write_file
from mailup_gui.ui.widgets.open_file import offer_instead


def read_next_box(seen: list[tuple[str, str]]) -> None:
    """Note the title and text of the next modal message box, then close it."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append((box.windowTitle(), box.text()))
        box.close()

    QTimer.singleShot(0, look)


def unwritable(tmp_path: Path) -> Path:
    """A path under a plain file: no user, root included, can write there."""
    (tmp_path / "a-file").write_text("not a folder")
    return tmp_path / "a-file" / "saved.eml"


def test_an_attachment_saved_where_it_cannot_be_written_is_said(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = unwritable(tmp_path)
    seen: list[tuple[str, str]] = []
    read_next_box(seen)
    assert write_file(parent, str(target), b"data") is False
    assert seen == [("Not saved", f"Could not save {target}: Not a directory")]


def test_a_copy_saved_where_it_cannot_be_written_is_said_the_same_way(qtbot, tmp_path, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    kept = tmp_path / "kept.log"
    kept.write_text("log")
    target = unwritable(tmp_path)
    offer = offer_instead(parent, kept, context.settings, "test-copy")
    seen: list[tuple[str, str]] = []
    answer_next_file_dialog(str(target))
    read_next_box(seen)
    next(b for b in offer.buttons() if b.text() == "Save &as…").click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [("Not saved", f"Could not save {target}: Not a directory")]
    assert not target.exists()
