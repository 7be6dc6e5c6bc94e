"""A QTextBrowser for untrusted HTML: it never fetches anything and never navigates.

Only ``data:`` images and the ``cid:`` images handed to ``show_html`` render; every other
resource (remote, file) is refused and counted in ``blocked``, and a clicked link is handed to
``link_clicked`` instead of being followed.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from urllib.parse import unquote, unquote_to_bytes

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
        self._images: Mapping[str, tuple[bytes, str]] = {}

    def show_html(self, html: str, images: Mapping[str, tuple[bytes, str]] | None = None) -> None:
        """Show ``html``; ``images`` maps a ContentId to (bytes, MIME type) for its cid: images."""
        self.blocked = []
        self._images = images or {}
        self.setHtml(html)
        self._ask_for_images()

    def _ask_for_images(self) -> None:
        """Resolve every <img> now rather than at the first paint, so ``blocked`` is complete
        when show_html returns."""
        document = self.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                char_format = fragments.fragment().charFormat()
                if char_format.isImageFormat():
                    document.resource(
                        QTextDocument.ResourceType.ImageResource.value,
                        QUrl(char_format.toImageFormat().name()),
                    )
                fragments += 1
            block = block.next()

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() in ("data", "cid"):  # the message's own content: never a request
            is_image = kind == QTextDocument.ResourceType.ImageResource.value
            return self._image(url) if is_image else None
        if url.toString() not in self.blocked:  # asked again at every paint: count it once
            self.blocked.append(url.toString())
        return None

    def _image(self, url: QUrl) -> QImage | None:
        if url.scheme() == "data":
            return _image_from(_data_bytes(url.toString()))
        part = self._images.get(unquote(url.path(QUrl.ComponentFormattingOption.FullyEncoded)))
        return _image_from(part[0] if part else None)  # cid: is the ContentId, RFC 2392


def _data_bytes(url: str) -> bytes | None:
    header, _, payload = url.partition(",")
    try:
        if header.endswith(";base64"):
            return base64.b64decode(payload)
        return unquote_to_bytes(payload)
    except ValueError:  # broken base64 in untrusted mail: no image, no exception
        return None


def _image_from(raw: bytes | None) -> QImage | None:
    image = QImage.fromData(raw) if raw else None
    return None if image is None or image.isNull() else image
