"""The Qt binding must not leak references to None: on Python 3.11 (None is not immortal
before 3.12) every leaked reference brings the app closer to "Fatal Python error: none_dealloc".
PySide6 6.12.0 leaked one per void call; this guards the pin in pyproject.toml."""

import sys

import pytest

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12")


def test_void_calls_keep_none_alive(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        qapp.processEvents()
    assert sys.getrefcount(None) - before > -100  # a leak would be about -4000
