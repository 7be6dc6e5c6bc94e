"""The Compose preview: renders the draft as MailUp will deliver it, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.draft import Draft
from ..context import AppContext


def render_draft(draft: Draft) -> tuple[str | None, str | None, str, dict, list[str]]:
    """(html, text, subject, cid images, unfilled tags) for the preview. Runs on a worker."""
    from ...api.mergetags import unfilled
    from ...api.rendering import merge_values, render_content
    from ...core.draft import build_message

    message = build_message(draft, read_files=False).message
    content = render_content(message)
    images = {}
    for ref in draft.embedded_images:
        if ref.content_id:
            try:
                images[ref.content_id] = (Path(ref.path).read_bytes(), ref.mime_type)
            except OSError:
                continue  # a missing file is reported by the checks; the image just stays blank
    values = {} if message.x_smtp_api is None else merge_values(message.x_smtp_api)
    skipped = bool(message.x_smtp_api and message.x_smtp_api.skip_dynamic_fields)
    missing = [] if skipped else unfilled([content.subject, content.html, content.text], values)
    return content.html, content.text, content.subject, images, missing


class PreviewPanel(QWidget):
    generate_text_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..preview import MessagePreview

        self._context = context
        self._busy = False
        self._next: Draft | None = None
        self.preview = MessagePreview()
        self.preview.generate_text_requested.connect(self.generate_text_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        self.rendered_subject = ""
        self.rendered_html: str | None = None
        self.rendered_text: str | None = None

    def show_draft(self, draft: Draft, _values: dict[str, str] | None = None) -> None:
        """Render the latest draft; edits made while rendering are picked up right after."""
        if self._busy:
            self._next = draft
            return
        self._busy = True
        self._context.tasks.run(lambda: render_draft(draft), self._on_rendered, self._on_failed)

    def _on_rendered(self, rendered) -> None:
        html, text, subject, images, missing = rendered
        self.rendered_subject, self.rendered_html, self.rendered_text = subject, html, text
        self.preview.show_message(html, text, images, missing)
        self._done()

    def _on_failed(self, _error: Exception) -> None:
        self._done()  # the checks and Send report what is wrong with the draft

    def _done(self) -> None:
        self._busy = False
        if self._next is not None:
            draft, self._next = self._next, None
            self.show_draft(draft)
