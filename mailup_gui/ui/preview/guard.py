"""Every request the previewed page makes passes here: only the message's own content loads.

A mail can phone home through a tracking pixel, a CSS background, a web font or a stylesheet;
each is blocked and counted. "Load remote content once" lets the page's http(s) content through
for one load, never scripts, frames or navigations.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from .schemes import CID, DOCUMENT

_OWN = {"data", CID, DOCUMENT}
_Type = QWebEngineUrlRequestInfo.ResourceType
_CONTENT = {
    _Type.ResourceTypeImage,
    _Type.ResourceTypeStylesheet,
    _Type.ResourceTypeFontResource,
    _Type.ResourceTypeMedia,
}


class RequestGuard(QWebEngineUrlRequestInterceptor):
    blocked_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []
        self._document = QUrl()
        self._remote = False

    def expect(self, document: QUrl, remote: bool) -> None:
        """A new load starts: count afresh, for requests of this document only."""
        self._document = document
        self._remote = remote
        self.blocked = []
        self.blocked_changed.emit(0)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() in _OWN:
            return
        if self._remote and url.scheme() in ("http", "https") and info.resourceType() in _CONTENT:
            return
        info.block(True)
        # Each address once; and a late request of an earlier load is not news.
        if info.firstPartyUrl() == self._document and url.toString() not in self.blocked:
            self.blocked.append(url.toString())
            self.blocked_changed.emit(len(self.blocked))
