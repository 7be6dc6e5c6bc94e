"""News of the journal: whoever records a send says so, and every open journal view refreshes.

Outside the pane packages: the panes that send and the Journal pane share it, and pane
packages never import each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JournalFeed(QObject):
    """One per app. Compose/Templates emit ``recorded(entry_id)`` after ``Journal.record``."""

    recorded = Signal(int)
