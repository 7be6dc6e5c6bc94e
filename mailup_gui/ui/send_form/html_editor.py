"""The HTML part of a message, edited as MailUp takes it: DocType, Head, BodyTag and Body.

Pasting or opening a whole document splits it into the four parts; each stays editable. Head
and Body are coloured as HTML, with line numbers; ``show_line`` points at a line of a part.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...api.htmlparts import looks_like_document, split_document
from ..widgets.code_editor import CodeEditor
from ..widgets.html_highlighter import HtmlHighlighter

HTML_PARTS = ("DocType", "Head", "BodyTag", "Body")  # MailUp's HtmlDTO members, as edited here


class HtmlCodeEdit(CodeEditor):
    """HTML in colours, which follow the desktop going dark or light."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = HtmlHighlighter(self.document())

    def event(self, event: QEvent) -> bool:
        # a child hears of a new application palette as its own palette changing
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.highlighter.refresh_colours()
        return super().event(event)


class HtmlBodyEdit(HtmlCodeEdit):
    """Body editor that hands a pasted whole document to ``document_pasted``."""

    document_pasted = Signal(str)

    def insertFromMimeData(self, source) -> None:
        text = source.text() if source.hasText() else ""
        if text and looks_like_document(text):
            self.document_pasted.emit(text)
            return
        super().insertFromMimeData(source)


class HtmlPartsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.doc_type = QLineEdit()
        self.doc_type.setPlaceholderText("<!DOCTYPE html>")
        self.doc_type.setToolTip(self.tr("DocType: the document type declaration (optional)"))
        self.doc_type.setAccessibleName(self.tr("DocType"))
        self.body_tag = QLineEdit()
        self.body_tag.setPlaceholderText("<body>")
        self.body_tag.setToolTip(
            self.tr("BodyTag: the opening <body> tag with its attributes; empty means <body>")
        )
        self.body_tag.setAccessibleName(self.tr("BodyTag"))
        self.head = HtmlCodeEdit()
        self.head.setFont(mono)
        self.head.setPlaceholderText(self.tr('<meta charset="utf-8"><style>…</style>'))
        self.head.setToolTip(self.tr("Head: what goes inside <head> (styles, meta tags)"))
        self.head.setAccessibleName(self.tr("Head"))
        self.head.setMaximumHeight(90)
        self.body = HtmlBodyEdit()
        self.body.setFont(mono)
        self.body.setPlaceholderText(
            self.tr(
                "What goes inside <body>. Paste a whole document and it is split into its parts."
            )
        )
        self.body.setToolTip(self.tr("Body: only what goes inside <body>"))
        self.body.setAccessibleName(self.tr("HTML body"))
        self.body.document_pasted.connect(self.load_document)
        self.open_button = QPushButton(self.tr("Open HTML file…"))
        self.open_button.setToolTip(
            self.tr("Load an .html file; it is split into DocType, Head, BodyTag and Body")
        )
        self.open_button.setAccessibleName(self.tr("Open HTML file"))
        self.open_button.clicked.connect(self.choose_file)
        self.note = QLabel()
        # The button beside DocType, and Head three lines at least: the Body keeps the height.
        self.head.setMinimumHeight(_lines_high(self.head, 3))
        self.note.setWordWrap(True)
        doc_type_row = QHBoxLayout()
        doc_type_row.addWidget(self.doc_type, 2)
        doc_type_row.addWidget(self.note, 3)
        doc_type_row.addWidget(self.open_button)
        form = QFormLayout()
        form.addRow(self.tr("DocType"), doc_type_row)
        form.addRow(self.tr("Head"), self.head)
        form.addRow(self.tr("BodyTag"), self.body_tag)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        for line in (self.doc_type, self.body_tag):
            line.textChanged.connect(self.changed)
        for edit in (self.head, self.body):
            edit.textChanged.connect(self.changed)

    def parts(self) -> tuple[str, str, str, str]:
        """(DocType, Head, BodyTag, Body)."""
        return (
            self.doc_type.text(),
            self.head.toPlainText(),
            self.body_tag.text(),
            self.body.toPlainText(),
        )

    def set_parts(self, doc_type: str, head: str, body_tag: str, body: str) -> None:
        self.doc_type.setText(doc_type)
        self.head.setPlainText(head)
        self.body_tag.setText(body_tag)
        self.body.setPlainText(body)

    def show_line(self, part: str, line: int) -> None:
        """Show ``line`` (from 1) of ``part`` (one of HTML_PARTS) and focus it: in Head and
        Body the line is selected, scrolled to and marked until the next edit."""
        if part in ("Head", "Body"):
            (self.head if part == "Head" else self.body).show_line(max(line, 1))
            return
        edit = self.doc_type if part == "DocType" else self.body_tag
        edit.selectAll()
        edit.setFocus()

    def load_document(self, document: str) -> None:
        html = split_document(document)
        self.set_parts(html.doc_type or "", html.head or "", html.body_tag or "", html.body)
        self.note.setText(self.tr("The document was split into DocType, Head, BodyTag and Body."))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open HTML file"), "", self.tr("HTML (*.html *.htm);;All files (*)")
        )
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8-sig", errors="replace")
        except OSError as error:
            self.note.setText(
                self.tr("Could not read {file}: {error}").format(file=name, error=error.strerror)
            )
            return
        self.load_document(text)


def _lines_high(edit: QPlainTextEdit, lines: int) -> int:
    """The height that shows ``lines`` lines of ``edit``'s text, frame and margins included."""
    margins = 2 * (edit.frameWidth() + int(edit.document().documentMargin()))
    return lines * edit.fontMetrics().lineSpacing() + margins
