"""The banner that tells of files this session could not read and set aside.

Reports come from whichever thread opened the file (a pane's store, a worker, the sandbox's
start-up); a queued signal brings them to the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..core.storage.damaged import DamagedFile, DamagedFiles
from .core_texts import translated
from .widgets.banner import Banner


class DamagedFilesBanner(Banner):
    _reported = Signal(object)  # a DamagedFile, from any thread

    def __init__(self, record: DamagedFiles, parent: QWidget | None = None) -> None:
        super().__init__("warning", parent)
        self.found: list[DamagedFile] = []
        self.add_action(self.tr("Dismiss"), self.hide)
        self.hide()
        self._reported.connect(self._show)  # queued when emitted by a worker thread
        emit = self._reported.emit

        def listener(found: DamagedFile) -> None:
            try:
                emit(found)
            except RuntimeError:  # the window was deleted while a worker opened a store
                record.unsubscribe(listener)

        for found in record.subscribe(listener):
            self._show(found)
        self.destroyed.connect(lambda: record.unsubscribe(listener))

    def _show(self, found: DamagedFile) -> None:
        from html import escape  # only when a file was damaged: not before the first paint

        self.found.append(found)
        self.set_message(
            "<br>".join(
                self.tr(
                    "<b>{file} could not be read.</b> It was kept as {kept}; nothing was "
                    "deleted. A fresh one was started, without {lost}."
                ).format(
                    file=escape(str(item.path)),
                    kept=escape(str(item.kept_as)),
                    lost=escape(translated(item.lost)),
                )
                for item in self.found
            )
        )
        self.show()
