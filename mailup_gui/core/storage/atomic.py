"""Atomic file writes: a crash mid-write leaves the old file, never half a new one."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ...set_aside import set_aside


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, value: Any) -> None:
    write_bytes_atomic(path, (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode())


def read_json(path: Path, default: Any) -> Any:
    """The file's JSON, or ``default`` when it does not exist yet."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default


def read_json_or_set_aside(path: Path, default: Any, expected: type) -> tuple[Any, Path | None]:
    """Like ``read_json``, but a damaged file is renamed aside (never deleted) and ``default``
    is used; the second value is where the damaged file went."""
    try:
        value = read_json(path, default)
        if isinstance(value, expected):
            return value, None
    except (ValueError, UnicodeDecodeError):
        pass
    return default, set_aside(path)
