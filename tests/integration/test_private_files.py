"""Everything the app writes is the user's alone on Linux and macOS: folders 0700, files 0600,
those an earlier version left readable tightened at start (issue 22)."""

import os
import stat

import pytest
from test_app_cli import run_app

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def modes(home):
    found = {}
    for root, folders, files in os.walk(home):
        for name in folders + files:
            path = os.path.join(root, name)
            found[os.path.relpath(path, home)] = stat.S_IMODE(os.lstat(path).st_mode)
    return found


def test_the_app_keeps_its_folders_and_files_private(app_home):
    old = app_home / "data" / "journal.sqlite3"  # as an earlier version left it
    old.parent.mkdir(parents=True)
    old.parent.chmod(0o755)
    old.write_bytes(b"")
    old.chmod(0o644)
    previous = os.umask(0o022)  # a usual desktop session's
    try:
        result = run_app("--smoke")
    finally:
        os.umask(previous)
    assert result.returncode == 0, result.stdout + result.stderr
    found = modes(app_home)
    assert {"data/drafts.sqlite3", "data/sandbox.sqlite3", "log/sandbox.log"} <= set(found), found
    assert "config/profiles.json" in found
    wrong = {
        path: oct(mode)
        for path, mode in found.items()
        if mode != (0o700 if (app_home / path).is_dir() else 0o600)
    }
    assert wrong == {}
