"""A QTextBrowser for untrusted HTML: it never fetches anything and never navigates.

Only ``data:`` images render; every other resource (remote, file, cid) is refused and counted,
and a clicked link is handed to ``link_clicked`` instead of being followed.
"""

from __future__ import annotations

import base64
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafeTextBrowser(QTextBrowser):
    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.link_clicked)
        self.blocked: list[str] = []

    def show_html(self, html: str) -> None:
        self.blocked = []
        self.setHtml(html)

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() == "data" and kind == QTextDocument.ResourceType.ImageResource.value:
            image = _data_image(url.toString())
            if image is not None:
                return image
        self.blocked.append(url.toString())
        return None


def _data_image(url: str) -> QImage | None:
    header, _, payload = url.partition(",")
    raw = base64.b64decode(payload) if header.endswith(";base64") else unquote_to_bytes(payload)
    image = QImage.fromData(raw)
    return None if image.isNull() else image
