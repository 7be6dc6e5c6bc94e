"""MessagePreview: a message as its recipient will see it, HTML and text, safely.

Chromium (QtWebEngine) is loaded on first use, not when this module is imported: the app's
start-up never pays for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QStyle, QTabWidget, QVBoxLayout, QWidget

from ...core.html_text import text_differs
from ...core.preview_content import mark_unfilled
from ..widgets.banner import Banner
from .controls import ViewControls
from .fallback import FallbackSurface
from .links import ask_to_open
from .stage import Stage
from .surface import make_surface
from .text_part import TextPart

# How a merge tag left without a value is marked on screen (never in what is sent): dark text
# on amber, readable in light and dark schemes alike.
_MARK = (
    '<mark style="background:#ffd666;color:#1a1a1a;outline:1px dashed #8a5a00" '
    'title="No value: delivered as written">{tag}</mark>'
)


if TYPE_CHECKING:
    from .web_view import WebSurface


class MessagePreview(QWidget):
    link_requested = Signal(QUrl)  # a link clicked in the email; a confirmation follows
    blocked_changed = Signal(int)  # remote requests blocked in the current view
    loaded = Signal(bool)  # the HTML part finished loading (False: it failed)
    generate_text_requested = Signal()  # the user wants the text part made from the HTML

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._surface: WebSurface | FallbackSurface | None = None
        self._html: str | None = None
        self._images: dict[str, tuple[bytes, str]] = {}
        self.link_dialog = None  # the open "Open link?" question, if any

        self.unfilled_banner = Banner("warning")
        self.unfilled_banner.hide()
        # From and Subject above the body, as a mail app shows them
        self.envelope = QLabel()
        self.envelope.setTextFormat(Qt.TextFormat.RichText)
        self.envelope.setWordWrap(True)
        self.envelope.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.envelope.setAccessibleName(self.tr("Sender and subject as the recipient sees them"))
        self.envelope.hide()
        self.controls = ViewControls()
        self.blocked_banner = Banner("info")
        self.blocked_banner.hide()
        self.load_remote_button = self.blocked_banner.add_action(
            self.tr("Load remote content once"),
            self.load_remote_once,
            self.tr(
                "Show this email's remote images and fonts for this view only. The sender "
                "can see that the email was opened, and from where."
            ),
        )
        self.fallback_banner = Banner("info")
        self.fallback_banner.set_message(
            self.tr(
                "Simplified preview: Qt WebEngine is not available, so layout, fonts and colours "
                "are only approximated."
            )
        )
        self.fallback_banner.hide()
        self.stage = Stage()
        self.stage.setAccessibleName(self.tr("Email as the recipient sees it"))

        html_page = QWidget()
        html_layout = QVBoxLayout(html_page)
        html_layout.addWidget(self.controls)
        html_layout.addWidget(self.blocked_banner)
        html_layout.addWidget(self.fallback_banner)
        html_layout.addWidget(self.stage, 1)
        self.text_part = TextPart()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Message parts"))
        self.tabs.addTab(html_page, self.tr("HTML"))
        self.tabs.setTabToolTip(0, self.tr("The HTML part, rendered as a mail app would"))
        self.tabs.addTab(self.text_part, self.tr("Text"))
        self.tabs.setTabToolTip(1, self.tr("The plain-text part"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unfilled_banner)
        layout.addWidget(self.envelope)
        layout.addWidget(self.tabs, 1)

        self.controls.width_changed.connect(self.stage.set_width)
        self.controls.scheme_changed.connect(lambda _: self._render(remote=False))
        self.text_part.generate_requested.connect(self.generate_text_requested)
        self.link_requested.connect(self._confirm_link)

    # Public -----------------------------------------------------------------------------

    @property
    def surface(self) -> WebSurface | FallbackSurface | None:
        """What renders the HTML: a QWebEngineView, or the SafeTextBrowser fallback; None
        until the preview is first shown or given a message."""
        return self._surface

    @property
    def blocked_count(self) -> int:
        return len(self._surface.blocked) if self._surface is not None else 0

    def show_message(
        self,
        html: str | None,
        text: str | None,
        images: Mapping[str, tuple[bytes, str]],
        unfilled: list[str],
        *,
        subject: str | None = None,
        sender: str | None = None,
    ) -> None:
        """Show a rendered message (api.rendering.render_content): ``images`` maps a ContentId
        to (bytes, MIME type); ``unfilled`` are the merge tags left without a value, marked
        wherever the recipient would read them; ``subject`` and ``sender`` head the message."""
        self._html = mark_unfilled(html, unfilled, _MARK) if html is not None else None
        self._show_envelope(subject, sender, unfilled)
        self._images = dict(images)
        self._show_unfilled(unfilled)
        mismatch = text_differs(html, text)
        self.text_part.show_text(text, unfilled, mismatch)
        self.tabs.setTabIcon(
            1,
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if mismatch
            else QIcon(),
        )
        had_html = self.tabs.isTabEnabled(0)
        self.tabs.setTabEnabled(0, html is not None)
        if html is None:
            self.tabs.setCurrentIndex(1)
        elif not had_html:
            self.tabs.setCurrentIndex(0)  # the HTML part is back: show it again
        self._render(remote=False)

    def load_remote_once(self) -> None:
        """Reload the same email with its remote images, fonts and styles allowed, for this
        load only: the next message, or a change of colours, blocks them again."""
        self._render(remote=True)

    # Internals --------------------------------------------------------------------------

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
            self.fallback_banner.setVisible(not is_web)
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
            self._html or "", self._images, remote=remote, scheme=self.controls.current_scheme()
        )

    def _on_blocked(self, count: int) -> None:
        self.blocked_banner.set_message(
            self.tr("%n remote image(s) or other file(s) blocked.", "", count)
        )
        self.blocked_banner.setVisible(count > 0)
        self.blocked_changed.emit(count)

    def _show_envelope(self, subject: str | None, sender: str | None, unfilled: list[str]) -> None:
        self.envelope.setVisible(subject is not None or sender is not None)
        rows = []
        if sender is not None:
            rows.append((self.tr("From"), escape(sender)))
        if subject is not None:
            rows.append((self.tr("Subject"), mark_unfilled(escape(subject), unfilled, _MARK)))
        self.envelope.setText(
            "".join(f"<b>{escape(name)}:</b> {value}<br>" for name, value in rows)[: -len("<br>")]
        )

    def _show_unfilled(self, unfilled: list[str]) -> None:
        tags = ", ".join(f"[{tag}]" for tag in unfilled)
        self.unfilled_banner.set_message(
            self.tr(
                "Merge tags without a value: {tags}. MailUp delivers them as written (marked "
                "here): give them a value in Options, or send them as they are."
            ).format(tags=tags)
        )
        self.unfilled_banner.setVisible(bool(unfilled))

    def _confirm_link(self, url: QUrl) -> None:
        self.link_dialog = ask_to_open(self, url)
