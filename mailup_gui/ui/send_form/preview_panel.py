"""The editors' preview: renders a request as MailUp will deliver it, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.message.preview_content import PreviewContent
from ..context import AppContext
from ..widgets.notice_board import NoticeChannel

Render = Callable[[], PreviewContent]  # runs on a worker


class PreviewPanel(QWidget):
    _RENDER = "render"  # the task key: only the latest render's answer is shown

    generate_text_requested = Signal()
    rendered = Signal()  # a render is on screen (rendered_* hold it)

    def __init__(
        self, context: AppContext, notices: NoticeChannel, parent: QWidget | None = None
    ) -> None:
        """``notices``: the pane's, where the preview's notices show."""
        super().__init__(parent)
        from ..preview import MessagePreview

        self._context = context
        self._waiting = False
        self.preview = MessagePreview(notices)
        self.preview.generate_text_requested.connect(self.generate_text_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        self.rendered_subject = ""
        self.rendered_html: str | None = None
        self.rendered_text: str | None = None
        self._shown: PreviewContent | None = None
        context.privacy.changed.connect(self._on_privacy)

    def render(self, work: Render) -> None:
        """Show what ``work`` renders; asked again meanwhile, only the latest answer shows."""
        self._waiting = True
        self._context.tasks.run(
            work, self._on_rendered, self._on_failed, owner=self, key=self._RENDER
        )

    @property
    def busy(self) -> bool:
        """The latest render has not answered yet (older answers never arrive)."""
        return self._waiting

    def _on_rendered(self, content: PreviewContent) -> None:
        self.rendered_subject = content.subject
        self.rendered_html, self.rendered_text = content.html, content.text
        self._shown = content
        self.preview.show_message(
            content.html,
            content.text,
            content.images,
            content.unfilled,
            subject=content.subject,
            sender=self._context.privacy.addresses_in(content.sender),
        )
        self._waiting = False
        self.rendered.emit()

    def _on_privacy(self, _enabled: bool) -> None:
        """The sender above the message, masked in screen-share mode, as the fields are."""
        shown = self._shown
        if shown is not None:
            sender = self._context.privacy.addresses_in(shown.sender)
            self.preview.show_envelope(shown.subject, sender, shown.unfilled)

    def _on_failed(self, _error: Exception) -> None:
        self._waiting = False  # the checks and Send report what is wrong with the draft
        self.preview.checks.start_soon()  # no preview to wait for
