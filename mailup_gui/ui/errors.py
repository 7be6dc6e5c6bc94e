"""Unexpected errors: logged to the log dir and shown in words, never as a bare traceback."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import paths
from ..log_files import rotating_handler


def install_excepthook(parent: QWidget) -> None:
    log_file = paths.log_dir() / "mailup-gui.log"
    log = logging.getLogger("mailup_gui.errors")
    log.propagate = False
    for old in log.handlers:  # a second window (the tests) writes where the first did not
        log.removeHandler(old)
        old.close()
    log.addHandler(rotating_handler(log_file))  # capped: a repeating error cannot fill a disk

    def handle(kind, error, trace) -> None:
        log.error("".join(traceback.format_exception(kind, error, trace)).rstrip())
        sys.__excepthook__(kind, error, trace)
        QMessageBox.critical(
            parent,
            "mailup-gui",
            # A fixed context: parent.tr() would be filed under "parent" by lupdate.
            QCoreApplication.translate(
                "ErrorDialog",
                "Something went wrong: {error}\n\nNothing you typed was lost. Details were "
                "written to {log}.",
            ).format(error=f"{kind.__name__}: {error}", log=log_file),
        )

    sys.excepthook = handle
