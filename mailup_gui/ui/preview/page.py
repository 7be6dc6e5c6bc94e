"""A page for untrusted mail: no JavaScript, nothing stored, and it never leaves its document.

A click on a link (http, mailto:, tel: and any other) is refused and reported through
``link_clicked``; so is one that asks for a new window (``target="_blank"``). Every other
navigation (a meta refresh, a form, a frame) is refused silently.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)

_Attr = QWebEngineSettings.WebAttribute
_OFF = (
    _Attr.JavascriptEnabled,
    _Attr.JavascriptCanOpenWindows,
    _Attr.JavascriptCanAccessClipboard,
    _Attr.JavascriptCanPaste,
    _Attr.PluginsEnabled,
    _Attr.PdfViewerEnabled,
    _Attr.WebGLEnabled,
    _Attr.LocalStorageEnabled,
    _Attr.LocalContentCanAccessRemoteUrls,
    _Attr.LocalContentCanAccessFileUrls,
    _Attr.AllowRunningInsecureContent,
    _Attr.AllowGeolocationOnInsecureOrigins,
    _Attr.HyperlinkAuditingEnabled,
    _Attr.DnsPrefetchEnabled,
    _Attr.ScreenCaptureEnabled,
    _Attr.AutoLoadIconsForPage,
    _Attr.TouchIconsEnabled,
    _Attr.NavigateOnDropEnabled,
    _Attr.FocusOnNavigationEnabled,
    _Attr.FullScreenSupportEnabled,
    _Attr.AllowWindowActivationFromJavaScript,
)


def harden(settings: QWebEngineSettings) -> None:
    for attribute in _OFF:
        settings.setAttribute(attribute, False)
    settings.setAttribute(_Attr.WebRTCPublicInterfacesOnly, True)
    # A click on mailto:, tel: and the like then reaches acceptNavigationRequest, which refuses
    # it and reports it like any link; no other way to them reaches the system's handlers.
    settings.setUnknownUrlSchemePolicy(
        QWebEngineSettings.UnknownUrlSchemePolicy.AllowUnknownUrlSchemesFromUserInteraction
    )


class PreviewPage(QWebEnginePage):
    link_clicked = Signal(QUrl)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        harden(self.settings())
        self.document = QUrl()
        self.newWindowRequested.connect(self._on_new_window)

    def acceptNavigationRequest(
        self, url: QUrl, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        target = QUrl(url)
        # None removes the fragment ("" would leave an empty "#"); the stub says str only.
        # (QUrl.adjusted(RemoveFragment) has no working binding.)
        target.setFragment(None)  # pyright: ignore[reportArgumentType]
        if is_main_frame and target == self.document:
            return True  # the message itself, or an anchor inside it
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.link_clicked.emit(url)
        return False

    def _on_new_window(self, request: QWebEngineNewWindowRequest) -> None:
        # Not calling request.openIn() drops the window; the click is still the user's wish.
        if request.isUserInitiated():
            self.link_clicked.emit(request.requestedUrl())
