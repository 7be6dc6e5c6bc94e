"""Moving a file the app cannot read out of the way: renamed beside itself, never deleted.

Shared by the JSON settings (core) and every SQLite file, the sandbox's outbox included, so
it imports nothing of the app.
"""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

# SQLite's companions of a database file: a -wal left beside a fresh database would be
# replayed into it, so they go with the damaged file, under the names SQLite looks for.
_COMPANIONS = ("-wal", "-shm", "-journal")


def set_aside(path: Path) -> Path:
    """Rename ``path`` to ``<name>.damaged-<unix time>`` (``-2``, ``-3``… if taken); the new
    path."""
    stamp = int(time.time())
    names = (f".damaged-{stamp}" if n == 1 else f".damaged-{stamp}-{n}" for n in itertools.count(1))
    aside = next(
        candidate
        for candidate in (path.with_name(path.name + name) for name in names)
        if not candidate.exists()
    )
    os.replace(path, aside)
    for companion in _COMPANIONS:
        source = path.with_name(path.name + companion)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + companion))
    return aside
