"""Compose: a transactional email with HTML and text, sent through SendMessage."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...api.endpoints import SEND_MESSAGE_PATH
from ...core.content_checks import cid_report
from ...core.draft import Draft, build_message
from ...core.html_text import html_to_text
from ..core_texts import translated_problems
from .editor import MessageEditor
from .html_editor import HtmlPartsEditor
from .preview_panel import PreviewPanel


class ComposePane(MessageEditor):
    EDITOR = "message"
    METHOD = "SendMessage"
    METHOD_PATH = SEND_MESSAGE_PATH

    def content_tabs(self) -> list[tuple[QWidget, str]]:
        self.html = HtmlPartsEditor()
        self.html.changed.connect(self._on_changed)
        self.text = QPlainTextEdit()
        self.text.setToolTip(self.tr("The plain-text part, for clients that do not show HTML"))
        self.text.setAccessibleName(self.tr("Text part"))
        self.text.textChanged.connect(self._on_changed)
        self.generate_text = QPushButton(self.tr("&Generate from HTML"))
        self.generate_text.setToolTip(self.tr("Replace the text part with text made from the HTML"))
        self.generate_text.setAccessibleName(self.tr("Generate text from HTML"))
        self.generate_text.clicked.connect(self.generate_text_from_html)
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.generate_text, 0, Qt.AlignmentFlag.AlignLeft)
        text_layout.addWidget(self.text, 1)
        return [(self.html, self.tr("HTML")), (text_page, self.tr("Text"))]

    def side_panel(self) -> QWidget:
        self.preview = PreviewPanel(self.context)
        self.preview.generate_text_requested.connect(self.generate_text_from_html)
        return self.preview

    def content_of(self) -> dict:
        doc_type, head, body_tag, body = self.html.parts()
        return {
            "html_doc_type": doc_type,
            "html_head": head,
            "html_body_tag": body_tag,
            "html_body": body,
            "text": self.text.toPlainText(),
        }

    def load_content(self, draft: Draft) -> None:
        self.html.set_parts(
            draft.html_doc_type, draft.html_head, draft.html_body_tag, draft.html_body
        )
        self.text.setPlainText(draft.text)

    def content_texts(self, draft: Draft) -> list[str]:
        return [draft.html_head, draft.html_body, draft.text]

    def content_notes(self, draft: Draft) -> list[str]:
        notes = []
        content_ids = [ref.content_id or "" for ref in draft.embedded_images]
        report = cid_report(draft.html_head + draft.html_body, content_ids)
        for cid in report.missing:
            notes.append(
                self.tr(
                    "cid:{cid} is used in the HTML but no embedded image has that ContentId"
                ).format(cid=cid)
            )
        for cid in report.unused:
            notes.append(
                self.tr(
                    "The embedded image {cid} is never referenced as cid:{cid}; it "
                    "will show as an attachment"
                ).format(cid=cid)
            )
        return notes

    def show_preview(self, draft: Draft) -> None:
        def work():
            from ...core.preview_content import preview_content

            request = build_message(draft, read_files=False).message
            return preview_content(request, draft.embedded_images)

        self.preview.render(work)

    def build(self, draft: Draft, *, read_files: bool):
        # The problems are listed and marked on screen: in the UI's language.
        built = build_message(draft, read_files=read_files)
        return msgspec.structs.replace(built, problems=translated_problems(built.problems))

    def generate_text_from_html(self) -> None:
        generated = html_to_text(self.html.parts()[3])
        current = self.text.toPlainText()
        if current.strip() and current != generated:
            answer = QMessageBox.question(
                self,
                self.tr("Generate text"),
                self.tr("Replace the text part with text generated from the HTML?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.text.setPlainText(generated)
