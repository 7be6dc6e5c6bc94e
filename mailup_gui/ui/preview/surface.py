"""Which surface renders the message: Chromium when it can run, else the QTextBrowser fallback.

Both have ``show_document(html, images, *, remote, scheme, images_off)``, ``blocked`` (the
refused URLs of the last load) and the signals ``blocked_changed(int)``, ``loaded(bool)``,
``link_clicked(QUrl)``.
"""

from __future__ import annotations

import os
import sys
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
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(
        os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""), _euid(), sys.platform
    )  # read when QtWebEngine starts, so set before it is imported
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401  (a separate wheel, maybe absent)
    except ImportError:
        return False
    return True


def chromium_flags(user_flags: str, euid: int | None, platform: str) -> str:
    """The user's Chromium flags, plus --no-sandbox when running as root on Linux.

    Chromium refuses to start as root with its sandbox on and kills the whole app; root is the
    usual user in containers and CI. The preview stays safe without it: JavaScript is off and
    every request except data:/cid: is blocked, so untrusted mail cannot run or fetch anything.
    """
    flags = user_flags.split()
    if platform.startswith("linux") and euid == 0 and "--no-sandbox" not in flags:
        flags.append("--no-sandbox")
    return " ".join(flags)


def _euid() -> int | None:
    return os.geteuid() if hasattr(os, "geteuid") else None
