"""News of the journal: whoever records a send says so, and every open journal view refreshes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JournalFeed(QObject):
    """One per app. Compose/Templates emit ``recorded(entry_id)`` after ``Journal.record``."""

    recorded = Signal(int)
