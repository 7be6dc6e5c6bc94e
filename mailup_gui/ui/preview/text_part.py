"""The Text tab: the text/plain part as sent, unfilled merge tags marked, and a warning when
it does not match the HTML part."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...api.mergetags import TAG
from ..widgets.notice_board import NoticeChannel


class TagHighlighter(QSyntaxHighlighter):
    """Marks ``[tag]`` where ``tag`` is one of the given names (matched as MailUp does,
    ignoring case)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._tags: set[str] = set()
        self._tag_format = QTextCharFormat()  # not "format": that is QSyntaxHighlighter's method
        self._tag_format.setBackground(QColor("#ffd34d"))
        self._tag_format.setForeground(QColor("#3d2e00"))

    def set_tags(self, tags: list[str]) -> None:
        self._tags = {tag.lower() for tag in tags}
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for match in TAG.finditer(text):
            if match.group(1).lower() in self._tags:
                self.setFormat(match.start(), match.end() - match.start(), self._tag_format)


class TextPart(QWidget):
    generate_requested = Signal()

    def __init__(self, notices: NoticeChannel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = notices.notice("preview:text-part", "warning")
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setPlaceholderText(self.tr("This message has no text part."))
        self.editor.setAccessibleName(self.tr("Text part as the recipient reads it"))
        self.editor.setToolTip(
            self.tr("What mail apps that show plain text display; edit it in the Text editor")
        )
        self.highlighter = TagHighlighter(self.editor.document())
        # No &G mnemonic: the Compose pane's own "&Generate from HTML" has it.
        self.generate = QPushButton(self.tr("Generate from HTML"))
        self.generate.setAccessibleName(self.tr("Generate the text part from the HTML part"))
        self.generate.setToolTip(
            self.tr(
                "Replace the text part with plain text made from the HTML part: paragraphs, "
                "list items, links as text (address)"
            )
        )
        self.generate.clicked.connect(self.generate_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.generate)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)

    def show_text(self, text: str | None, unfilled: list[str], mismatch: str | None) -> None:
        """``mismatch``: why the text does not match the HTML part (core.message.html_text),
        or None."""
        self.highlighter.set_tags(unfilled)
        self.editor.setPlainText(text or "")
        if mismatch:
            from ..core_texts import translated

            self.warning.set_message(translated(mismatch))
        self.warning.setVisible(bool(mismatch))
