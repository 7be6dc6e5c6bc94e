"""Which surface renders the message: Chromium when it can run, else the QTextBrowser fallback.

Both have ``show_document(html, images, *, remote, scheme)``, ``blocked`` (the refused URLs of
the last load) and the signals ``blocked_changed(int)``, ``loaded(bool)``, ``link_clicked(QUrl)``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fallback import FallbackSurface
    from .web_view import WebSurface


def make_surface() -> WebSurface | FallbackSurface:
    if web_engine_loads():
        from .web_view import WebSurface  # QtWebEngine loads here, on first use, never at start

        return WebSurface()
    from .fallback import FallbackSurface

    return FallbackSurface()


def web_engine_loads() -> bool:
    if _root_with_sandbox():
        return False  # Chromium would abort the whole app, not just fail to start
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401  (a separate wheel, maybe absent)
    except ImportError:
        return False
    return True


def _root_with_sandbox() -> bool:
    """Chromium refuses to run as root with its sandbox on, and kills the process; we do not
    turn the sandbox off for untrusted mail behind the user's back."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    return "--no-sandbox" not in flags and not os.environ.get("QTWEBENGINE_DISABLE_SANDBOX")
