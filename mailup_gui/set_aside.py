"""Moving a file the app cannot read out of the way: renamed beside itself, never deleted.

Shared by the JSON settings (core) and every SQLite file, the sandbox's outbox included, so
it imports nothing of the app.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from pathlib import Path

# SQLite's companions of a database file: a -wal left beside a fresh database would be
# replayed into it, so they go with the damaged file, under the names SQLite looks for.
_COMPANIONS = ("-wal", "-shm", "-journal")


def set_aside(path: Path) -> Path:
    """Rename ``path`` to ``<name>.damaged-<unix time>`` (``-2``, ``-3``… if taken); the new
    path."""
    aside = _free_name(path)
    os.replace(path, aside)
    for companion in _COMPANIONS:
        source = path.with_name(path.name + companion)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + companion))
    return aside


def copy_aside(path: Path) -> Path:
    """Keep a copy of ``path`` under the name ``set_aside`` would give it, for a file that
    is partly readable: the caller rewrites the original with what it could read."""
    aside = _free_name(path)
    shutil.copy2(path, aside)
    return aside


def _free_name(path: Path) -> Path:
    stamp = int(time.time())
    names = (f".damaged-{stamp}" if n == 1 else f".damaged-{stamp}-{n}" for n in itertools.count(1))
    return next(
        candidate
        for candidate in (path.with_name(path.name + name) for name in names)
        if not candidate.exists()
    )
