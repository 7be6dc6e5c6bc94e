"""Compose: a transactional email with HTML and text, sent through SendMessage.

The pane brings the HTML and text editors and the preview; the send form (``ui.send_form``)
brings the envelope, headers, files, options, checks, drafts and the send.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...core.account.profiles import Profile
from ...core.message.content_checks import cid_report
from ...core.message.draft import Draft
from ...core.message.html_text import html_to_text
from ...core.preflight.findings import Where
from ...core.send.pipeline import SendKind, build
from ...core.send.result import SendReport
from ..context import AppContext
from ..send_form.controller import SendController
from ..send_form.form import MessageForm
from ..send_form.html_editor import HTML_PARTS, HtmlPartsEditor
from ..send_form.preview_panel import PreviewPanel
from ..widgets.sizing import whole_tab_labels


class ComposePane(QWidget):
    kind = SendKind.MESSAGE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notices = context.notice_board.channel("compose")
        self.identity_members: tuple[str, ...] = ()  # any message may be edited into any other
        self.html = HtmlPartsEditor()
        self.text = QPlainTextEdit()
        self.text.setToolTip(self.tr("The plain-text part, for clients that do not show HTML"))
        self.text.setAccessibleName(self.tr("Text part"))
        self.generate_text = QPushButton(self.tr("&Generate from HTML"))
        self.generate_text.setToolTip(self.tr("Replace the text part with text made from the HTML"))
        self.generate_text.setAccessibleName(self.tr("Generate text from HTML"))
        self.generate_text.clicked.connect(self.generate_text_from_html)
        self.text_page = QWidget()
        text_layout = QVBoxLayout(self.text_page)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.generate_text, 0, Qt.AlignmentFlag.AlignLeft)
        text_layout.addWidget(self.text, 1)
        self.preview = PreviewPanel(context, self.notices)
        self.preview.generate_text_requested.connect(self.generate_text_from_html)
        self.preview.preview.checks.place_requested.connect(self.show_place)

        self.form = MessageForm(context, self)
        self.controller = SendController(context, self.form, self, self.form)
        self.sent = self.controller.sent
        whole_tab_labels(self.form.editors)
        self.html.changed.connect(self.form.on_changed)
        self.text.textChanged.connect(self.form.on_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.controller.restore()

    # ----- what the send form asks of its content ---------------------------------------
    def content_pages(self) -> list[tuple[QWidget, str]]:
        return [(self.html, self.tr("HTML")), (self.text_page, self.tr("Text"))]

    def side_panel(self) -> QWidget:
        return self.preview

    def content_fields(self) -> dict[str, QWidget]:
        return {}

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

    def predicted_refusals(self, draft: Draft) -> list[str]:
        return []  # a message of Compose's own: only the envelope's checks predict a refusal

    def show_preview(self, draft: Draft) -> None:
        def work():
            from ...core.message.preview_content import preview_content

            request = build(SendKind.MESSAGE, draft, read_files=False).message
            return preview_content(request, draft.embedded_images)

        self.preview.render(work)

        def check_draft():
            from ...core.preflight.checker import check  # its parsers load on the worker
            from ...core.preflight.delivered import from_draft

            return check(from_draft(draft))

        self.preview.preview.request_checks(self.context.tasks, check_draft)

    def send_summary(self, draft: Draft) -> str:
        return f"“{draft.subject}”"

    def checks_note(self) -> str:
        return self.preview.preview.checks.errors_note()

    def journal_extra(self, draft: Draft) -> dict:
        return {}

    def after_send(self, profile: Profile, report: SendReport) -> None:
        pass  # nothing of Compose's own follows a send

    # ----- the pane's own ---------------------------------------------------------------
    def open_draft(self, draft: Draft) -> bool:
        return self.controller.open_draft(draft)

    def autosave_now(self) -> None:
        self.controller.autosave_now()

    def show_place(self, where: Where) -> None:
        """Where a finding of the Checks tab points: the HTML editor's line, or the part."""
        if where.part in HTML_PARTS:
            self.form.editors.setCurrentWidget(self.html)
            self.html.show_line(where.part, where.line)
        elif where.part == "text":
            self.form.editors.setCurrentWidget(self.text_page)
            self.text.setFocus()
        else:
            self.preview.preview.show_part(where)

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
