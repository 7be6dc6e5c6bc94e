"""The two URL schemes the preview serves itself, and their registration with Chromium.

``cid:`` carries a message's inline images (``<img src="cid:logo">``), as in the MIME mail the
recipient gets. ``mailup-preview:`` carries the message document itself: ``setHtml()`` goes
through a ``data:`` URL capped at 2 MB (after percent-encoding), which one inline ``data:``
image can exceed, and a URL of our own lets the page accept exactly its own load.
"""

from __future__ import annotations

CID = "cid"
DOCUMENT = "mailup-preview"


def register_schemes() -> None:
    """Register both schemes; idempotent.

    Qt locks the scheme list when its web engine starts (the first profile or page), not when
    the QApplication is created, so the preview calls this itself just before it builds its
    first web object, and start-up never has to load QtWebEngineCore (~25 ms, ~30 MiB).
    """
    from PySide6.QtWebEngineCore import QWebEngineUrlScheme

    for name in (CID, DOCUMENT):
        if QWebEngineUrlScheme.schemeByName(name.encode()).name():
            continue
        scheme = QWebEngineUrlScheme(name.encode())
        scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
        QWebEngineUrlScheme.registerScheme(scheme)
