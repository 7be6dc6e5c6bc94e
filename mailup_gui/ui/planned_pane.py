"""A pane whose feature is not built yet: it says plainly what it will do, and shows no data."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlannedPane(QWidget):
    def __init__(self, title: str, what_it_will_do: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        layout.addWidget(heading)
        note = QLabel(self.tr("Not available yet in this version. When it is, this pane will:"))
        layout.addWidget(note)
        items = "".join(f"<li>{line}</li>" for line in what_it_will_do)
        body = QLabel(f"<ul>{items}</ul>")
        body.setWordWrap(True)
        layout.addWidget(body)
        layout.addStretch(1)
        self.setAccessibleName(f"{title} (not available yet)")
