"""The files this session found unreadable and set aside, for the window to tell the user.

Stores open lazily, some on worker threads, and the sandbox reports its outbox from a child
process; they all report here, and the UI subscribes (hopping to the GUI thread on its side).
Process-wide, as the stores are: any code may open one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple


class DamagedFile(NamedTuple):
    path: Path  # where a fresh file now is
    kept_as: Path  # where the damaged one went
    lost: str  # what the fresh start lacks, a marked text: "earlier journal entries"


Listener = Callable[[DamagedFile], None]


class DamagedFiles:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._found: list[DamagedFile] = []
        self._listeners: list[Listener] = []

    def report(self, found: DamagedFile) -> None:
        """Called on the thread that opened the file; listeners run on it too."""
        with self._lock:
            self._found.append(found)
            listeners = list(self._listeners)
        for listener in listeners:
            listener(found)

    def subscribe(self, listener: Listener) -> list[DamagedFile]:
        """Call ``listener`` for every later report; the reports so far (none is missed or
        told twice between the two)."""
        with self._lock:
            self._listeners.append(listener)
            return list(self._found)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def all(self) -> list[DamagedFile]:
        with self._lock:
            return list(self._found)


_session = DamagedFiles()


def damaged_files() -> DamagedFiles:
    """This process's record."""
    return _session
