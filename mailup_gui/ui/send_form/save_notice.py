"""What the notice says when the draft is not being saved (a full disk, an unwritable store):
a notice, not a dialog, it says it once, keeps saying it while saves fail, and goes away by
itself at the first save that works (the form's ``show_not_saving``)."""

from __future__ import annotations

import errno
import sqlite3
from html import escape

from PySide6.QtCore import QCoreApplication


def is_disk_full(error: BaseException) -> bool:
    """ENOSPC (or a quota) from a plain write, SQLITE_FULL from a database."""
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL
    return isinstance(error, OSError) and error.errno in {errno.ENOSPC, errno.EDQUOT}


def not_saving_text(error: BaseException) -> str:
    """What the notice says while saves fail (rich text)."""
    if is_disk_full(error):
        return QCoreApplication.translate(
            "SaveNotice",
            "Not saving: the disk is full — your draft is kept in memory until space is freed.",
        )
    return QCoreApplication.translate(
        "SaveNotice",
        "Not saving: {reason} — your draft is kept in memory until saving works again.",
    ).format(reason=escape(str(error) or type(error).__name__))
