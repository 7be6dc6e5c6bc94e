"""Packaging tests need build tools (PyInstaller, appstreamcli, desktop-file-validate) that
./dev test installs. Elsewhere a missing tool skips the test; on CI it fails it."""

import importlib.util
import os
import shutil
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _require(found, what: str):
    if not found:
        message = f"{what} is not installed; run ./dev test"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session")
def project() -> dict:
    """pyproject.toml's [project] table."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


@pytest.fixture(scope="session")
def require_tool():
    """The path of a command-line tool, e.g. ``require_tool("appstreamcli")``."""
    return lambda name: _require(shutil.which(name), name)


@pytest.fixture(scope="session")
def require_module():
    return lambda name: _require(importlib.util.find_spec(name), name)
