"""The Chromium view of a message: its own off-the-record profile, page, guard and content.

Imported only when the preview is first shown: QtWebEngine is large and slow to load.
"""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QPointF, Qt, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QWidget

from .colours import Scheme, prefer_dark
from .content import MessageContent
from .guard import RequestGuard
from .images_off import without_inline_images
from .page import PreviewPage
from .schemes import CID, DOCUMENT, register_schemes


class WebSurface(QWebEngineView):
    blocked_changed = Signal(int)
    loaded = Signal(bool)
    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        register_schemes()  # before the first web object: Qt locks the schemes then
        super().__init__(parent)
        profile = QWebEngineProfile()  # no storage name: off the record, nothing on disk
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        self._content = MessageContent(profile)
        profile.installUrlSchemeHandler(CID.encode(), self._content)
        profile.installUrlSchemeHandler(DOCUMENT.encode(), self._content)
        self.guard = RequestGuard(profile)
        profile.setUrlRequestInterceptor(self.guard)
        self._page = PreviewPage(profile, self)
        self._scroll = QPointF()
        # Children are deleted in the order they were added: the page, then the profile (Qt
        # warns and may crash when a profile goes while a page still uses it).
        profile.setParent(self)
        self.setPage(self._page)
        _alive.add(self)
        self.guard.blocked_changed.connect(self.blocked_changed)
        self._page.link_clicked.connect(self.link_clicked)
        self._page.loadingChanged.connect(self._on_loading)
        # Copy is all a preview needs; the default menu can reload, save and view source.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (QWebEnginePage.WebAction.Copy, QWebEnginePage.WebAction.SelectAll):
            self.addAction(self._page.action(action))

    @property
    def blocked(self) -> list[str]:
        return self.guard.blocked

    def show_document(
        self,
        html: str,
        images: Mapping[str, tuple[bytes, str]],
        *,
        remote: bool = False,
        scheme: Scheme = Scheme.LIGHT,
        images_off: bool = False,
    ) -> None:
        settings = self._page.settings()
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.ForceDarkMode, scheme is Scheme.INVERTED
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.AutoLoadImages, not images_off)
        if scheme is Scheme.DARK:
            html = prefer_dark(html)
        if images_off:
            html = without_inline_images(html)
        url = self._content.publish(html, images)
        self.guard.expect(url, remote)
        self._scroll = self._page.scrollPosition()  # re-rendered on every edit: stay in place
        self._page.document = url
        self._page.load(url)

    def _on_loading(self, info: QWebEngineLoadingInfo) -> None:
        if info.url() != self._page.document:
            return  # an earlier load, cut short by this one
        if info.status() == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            if not self._scroll.isNull():
                # Our own line, in an isolated world: the email's scripts stay off.
                self._page.runJavaScript(
                    f"window.scrollTo({self._scroll.x()}, {self._scroll.y()})",
                    QWebEngineScript.ScriptWorldId.ApplicationWorld.value,
                )
            self.loaded.emit(True)
        elif info.status() == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            self.loaded.emit(False)


_alive: weakref.WeakSet[WebSurface] = weakref.WeakSet()


@atexit.register
def _release_at_exit() -> None:
    """Delete the views still alive when Python exits (a window never deleted, as in a test
    run): Qt tears its web engine down with the QApplication, and a page alive then crashes
    the process on its way out."""
    if QApplication.instance() is None:
        return
    for surface in list(_alive):
        if shiboken6.isValid(surface):
            shiboken6.delete(surface)
