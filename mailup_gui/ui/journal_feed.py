"""News of the journal: whoever records a send says so, and every open journal view refreshes.

Outside the pane packages: the panes that send and the Journal pane share it, and pane
packages never import each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JournalFeed(QObject):
    """One per app. Compose/Templates call ``announce`` after ``Journal.record``; journal
    views listen to ``recorded``."""

    recorded = Signal(int)  # the new entry's id

    def announce(self, entry_id: int) -> None:
        self.recorded.emit(entry_id)
