"""The preview when QtWebEngine cannot be loaded: Qt's own HTML subset, no requests at all."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal

from ..widgets.safe_browser import SafeTextBrowser
from .colours import Scheme


class FallbackSurface(SafeTextBrowser):
    """The web surface's interface over SafeTextBrowser; colours and remote content do not
    apply (the controls for them are disabled)."""

    blocked_changed = Signal(int)
    loaded = Signal(bool)

    def show_document(
        self,
        html: str,
        images: Mapping[str, tuple[bytes, str]],
        *,
        remote: bool = False,
        scheme: Scheme = Scheme.LIGHT,
        images_off: bool = False,
    ) -> None:
        self.show_html(html, {} if images_off else images)
        self.blocked_changed.emit(len(self.blocked))
        self.loaded.emit(True)
