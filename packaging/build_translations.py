"""Compile resources/translations/*.ts into the .qm files the app loads, with pyside6-lrelease
(in PySide6-Essentials), skipping those that are already newer than their .ts.

Run by ./dev (install from source: the .qm beside its .ts) and by the PyInstaller spec (into its
build folder). The .qm files are build output: gitignored, never committed.
  python packaging/build_translations.py [OUT_DIR]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease() -> str:
    # The console script installed beside this interpreter (a venv's bin/ or Scripts\).
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials")
    return found


def build(out_dir: Path | None = None) -> list[Path]:
    """The .qm of every .ts, compiled where missing or older than the .ts."""
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = (out_dir or TRANSLATIONS) / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
