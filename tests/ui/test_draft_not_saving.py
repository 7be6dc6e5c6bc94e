"""A draft that cannot be written (a full disk) says so once, in the window, and the notice
goes by itself once saving works again; the typed text stays in the form meanwhile."""

import errno
import sqlite3

from PySide6.QtWidgets import QMessageBox

from mailup_gui.ui.send_form.save_notice import is_disk_full


def _fill_the_database(controller) -> int:
    """SQLite's own limit on the file's size: the next write that needs a page fails with
    SQLITE_FULL, the error a full disk gives (a real full disk cannot be made on demand)."""
    store = controller.drafts._file
    pages = store.query("PRAGMA page_count")[0][0]
    store.execute(f"PRAGMA max_page_count = {pages}")
    return pages


def test_a_full_disk_shows_one_notice_that_clears_itself(compose, qtbot, monkeypatch):
    dialogs = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: dialogs.append(a))
    form, controller = compose.form, compose.controller
    notice = form.save_notice
    controller.autosave_now()  # the store's tables exist before the limit is set
    _fill_the_database(controller)

    compose.text.setPlainText("x" * 200_000)  # more than the file has room for
    controller.autosave_now()
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "the disk is full" in notice.text
    form.on_changed()
    controller.autosave_now()
    qtbot.wait(200)
    assert notice.isVisible() and dialogs == []
    assert compose.text.toPlainText() == "x" * 200_000  # kept in memory

    controller.drafts._file.execute("PRAGMA max_page_count = 1073741823")  # space was freed
    # Retried by itself within CEILING_MS; the margin is for a loaded machine (this wait once
    # timed out at 10 s in a full-suite run at load 10, never alone).
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=20_000)
    assert controller.drafts.restore("message").text == "x" * 200_000


def test_disk_full_is_told_apart_from_other_write_failures():
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert is_disk_full(full)
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = sqlite3.SQLITE_BUSY
    assert not is_disk_full(locked)
