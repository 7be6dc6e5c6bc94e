"""Unexpected errors: logged to the log dir and shown in words, never as a bare traceback."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import paths


def install_excepthook(parent: QWidget) -> None:
    log_file = paths.log_dir() / "mailup-gui.log"

    def handle(kind, error, trace) -> None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            with log_file.open("a", encoding="utf-8") as out:
                out.write("".join(traceback.format_exception(kind, error, trace)))
        except OSError:
            pass
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
