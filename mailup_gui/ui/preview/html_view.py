"""The HTML part as a mail app shows it: width, colour and images-off controls, the inbox
line, the blocked-content notice, and the surface (Chromium, or the QTextBrowser fallback)
made on first show.

Shared by the send form's preview and the message view of stored mail.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..widgets.notice_board import NoticeChannel
from .controls import ViewControls
from .fallback import FallbackSurface
from .inbox_line import InboxLinePanel
from .links import ask_to_open
from .stage import Stage
from .surface import make_surface

if TYPE_CHECKING:
    from .web_view import WebSurface


class HtmlView(QWidget):
    link_requested = Signal(QUrl)  # a link clicked in the email; a confirmation follows
    blocked_changed = Signal(int)  # remote requests blocked in the current view
    loaded = Signal(bool)  # the document finished loading (False: it failed)

    def __init__(self, notices: NoticeChannel, parent: QWidget | None = None) -> None:
        """``notices``: where its notices show (remote content blocked, the fallback)."""
        super().__init__(parent)
        self._surface: WebSurface | FallbackSurface | None = None
        self._html = ""
        self._images: dict[str, tuple[bytes, str]] = {}
        self.link_dialog = None  # the open "Open link?" question, if any
        self.controls = ViewControls()
        self.blocked_notice = notices.notice("preview:blocked")
        self.load_remote_button = self.blocked_notice.add_action(
            self.tr("Load remote content once"),
            self.load_remote_once,
            self.tr(
                "Show this email's remote images and fonts for this view only. The sender "
                "can see that the email was opened, and from where."
            ),
        )
        self.fallback_notice = notices.notice("preview:fallback")
        self.fallback_notice.set_message(
            self.tr(
                "Simplified preview: Qt WebEngine is not available, so layout, fonts and colours "
                "are only approximated."
            )
        )
        self.inbox_line = InboxLinePanel()
        self.inbox_line.hide()
        self.stage = Stage()
        self.stage.setAccessibleName(self.tr("Email as the recipient sees it"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.inbox_line)
        layout.addWidget(self.stage, 1)
        self.controls.width_changed.connect(self.stage.set_width)
        self.controls.scheme_changed.connect(lambda _: self._render(remote=False))
        self.controls.images_changed.connect(lambda _: self._render(remote=False))
        self.controls.inbox_changed.connect(self.inbox_line.setVisible)
        self.link_requested.connect(self._confirm_link)

    @property
    def surface(self) -> WebSurface | FallbackSurface | None:
        """What renders the HTML: a QWebEngineView, or the SafeTextBrowser fallback; None
        until first shown or given a document."""
        return self._surface

    @property
    def blocked_count(self) -> int:
        return len(self._surface.blocked) if self._surface is not None else 0

    def show_html(self, html: str, images: Mapping[str, tuple[bytes, str]]) -> None:
        """``images`` maps a ContentId to (bytes, MIME type) for the ``cid:`` URLs."""
        self._html = html
        self._images = dict(images)
        self._render(remote=False)

    def load_remote_once(self) -> None:
        """Reload the same email with its remote images, fonts and styles allowed, for this
        load only: the next message, or a change of colours, blocks them again."""
        self._render(remote=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._ensure_surface()

    def _ensure_surface(self) -> WebSurface | FallbackSurface:
        if self._surface is None:
            surface = make_surface()
            surface.setAccessibleName(self.tr("Email as the recipient sees it"))
            surface.blocked_changed.connect(self._on_blocked)
            surface.loaded.connect(self.loaded)
            surface.link_clicked.connect(self.link_requested)
            is_web = not isinstance(surface, FallbackSurface)
            self.fallback_notice.setVisible(not is_web)
            self.controls.scheme.setEnabled(is_web)
            if not is_web:
                self.controls.scheme.setToolTip(
                    self.tr("Dark modes need Qt WebEngine, which is not available")
                )
            self.load_remote_button.setVisible(is_web)
            self.stage.set_actor(surface)
            self._surface = surface
        return self._surface

    def _render(self, remote: bool) -> None:
        surface = self._ensure_surface()
        surface.show_document(
            self._html,
            self._images,
            remote=remote,
            scheme=self.controls.current_scheme(),
            images_off=self.controls.images_off.isChecked(),
        )

    def _on_blocked(self, count: int) -> None:
        self.blocked_notice.set_message(
            self.tr("%n remote image(s) or other file(s) blocked.", "", count)
        )
        self.blocked_notice.setVisible(count > 0)
        self.blocked_changed.emit(count)

    def _confirm_link(self, url: QUrl) -> None:
        self.link_dialog = ask_to_open(self, url)
