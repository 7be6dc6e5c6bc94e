"""The notice that tells of files this session could not read and set aside, and of stored
values read as their default (a send channel this version does not know).

Reports come from whichever thread opened the file (a pane's store, a worker, the sandbox's
start-up); a queued signal brings them to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from ..core.storage.damaged import DamagedFile, DamagedFiles
from ..core.storage.settings import Fallback
from .core_texts import translated
from .widgets.notice_board import NoticeBoard


class DamagedFilesNotice(QObject):
    _reported = Signal(object)  # a DamagedFile, from any thread

    def __init__(self, record: DamagedFiles, board: NoticeBoard) -> None:
        super().__init__(board)
        self.found: list[DamagedFile] = []
        self.fallbacks: list[Fallback] = []
        self.notice = board.notice(None, "damaged", "warning")
        self.notice.add_action(self.tr("Dismiss"), self.notice.hide)
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

    def show_fallbacks(self, fallbacks: Iterable[Fallback]) -> None:
        self.fallbacks.extend(fallbacks)
        if self.fallbacks:
            self._show(None)

    def _show(self, found: DamagedFile | None) -> None:
        from html import escape  # only when a file was damaged: not before the first paint

        if found is not None:
            self.found.append(found)
        files = [
            self.tr(
                "<b>{file} could not be read.</b> It was kept as {kept}; nothing was "
                "deleted. A fresh one was started, without {lost}."
            ).format(
                file=escape(str(item.path)),
                kept=escape(str(item.kept_as)),
                lost=escape(translated(item.lost)),
            )
            for item in self.found
        ]
        values = [escape(translated(item.text).format(value=item.value)) for item in self.fallbacks]
        self.notice.set_message("<br>".join(files + values))
        self.notice.show()
