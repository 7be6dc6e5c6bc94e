"""The strip that says the draft is not being saved (a full disk, an unwritable store), shown
above the form, not in a dialog: it says it once, keeps saying it while saves fail, and goes
away by itself at the first save that works."""

from __future__ import annotations

import errno
import sqlite3
from html import escape

from PySide6.QtWidgets import QWidget

from ..widgets.banner import Banner


def is_disk_full(error: BaseException) -> bool:
    """ENOSPC (or a quota) from a plain write, SQLITE_FULL from a database."""
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL
    return isinstance(error, OSError) and error.errno in {errno.ENOSPC, errno.EDQUOT}


class SaveNotice(Banner):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("error", parent)
        self.setAccessibleName(self.tr("Draft not saved"))
        self.close_button.hide()  # it goes once saving works again, not before
        self.hide()

    def show_failure(self, error: Exception) -> None:
        if is_disk_full(error):
            text = self.tr(
                "Not saving: the disk is full — your draft is kept in memory until space is freed."
            )
        else:
            text = self.tr(
                "Not saving: {reason} — your draft is kept in memory until saving works again."
            ).format(reason=escape(str(error) or type(error).__name__))
        self.set_message(text)
        self.show()
