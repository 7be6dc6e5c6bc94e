"""A recipient list field: paste ``Name <a@b>, c@d; …``, see each entry checked and counted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ...core.message.addresses import ParsedAddress, parse_addresses
from ..core_texts import translated
from ..privacy import Privacy
from .field_marks import mark


class AddressField(QWidget):
    changed = Signal()

    def __init__(self, label: str, privacy: Privacy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Name <name@example.com>, other@example.com; …"))
        self.edit.setToolTip(
            self.tr("{label}: paste a list separated by commas, semicolons or new lines").format(
                label=label
            )
        )
        self.edit.setAccessibleName(label)
        self.edit.setClearButtonEnabled(True)
        privacy.guard_field(self.edit)
        self._privacy = privacy
        privacy.changed.connect(self._show_problems)
        self.count = QLabel()
        self.count.setMinimumWidth(64)
        self.count.setAccessibleName(self.tr("{label} count").format(label=label))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        self.edit.textChanged.connect(self._on_text)
        self.entries: list[ParsedAddress] = []
        self._on_text(self.edit.text())

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def recheck(self) -> None:
        """Show the entries' own problems again (clears a mark set from outside)."""
        self._on_text(self.edit.text())

    def _on_text(self, text: str) -> None:
        if "\n" in text or "\r" in text:
            # A pasted column of addresses: one line, same entries, nothing lost.
            flat = ", ".join(line.strip() for line in text.splitlines() if line.strip())
            self.edit.setText(flat)
            return
        self.entries = parse_addresses(text)
        bad = [entry for entry in self.entries if entry.problem]
        valid = len(self.entries) - len(bad)
        self.count.setText(self.tr("%n recipient(s)", "", valid) if self.entries else "")
        self._show_problems()
        self.changed.emit()

    def _show_problems(self) -> None:
        """The wrong entries in the field's mark, masked in screen-share mode like the field."""
        shown = self._privacy.address
        mark(
            self.edit,
            "\n".join(
                self.tr("“{entry}”: {problem}").format(
                    entry=shown(e.text), problem=translated(e.problem)
                )
                for e in self.entries
                if e.problem
            )
            or None,
        )
