"""A coloured strip across the window with a message, optional action buttons and a close
button (hiding it until its owner shows it again)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from .colour import surface_colours


class Banner(QFrame):
    closed = Signal()  # the user closed it

    def __init__(self, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(False)
        self.set_kind(kind)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(self._on_close)
        self._layout.addWidget(self.close_button)

    def set_kind(self, kind: str) -> None:
        """info, warning or error: the colours change, the content stays."""
        self.kind = kind
        fill, text = surface_colours(kind)
        background = fill.name()
        foreground = (text or self.palette().color(QPalette.ColorRole.WindowText)).name()
        self.setStyleSheet(
            f"#banner {{ background: {background}; border: 1px solid {foreground}40;"
            f" border-radius: 4px; }}"
            f" #banner QLabel, #banner QToolButton {{ color: {foreground}; }}"
        )
        # Links too: the palette's link blue is unreadable on a dark strip, and the reverse.
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.Link, foreground)
        self.label.setPalette(palette)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the desktop went dark or light
            self.set_kind(self.kind)
        return super().event(event)

    def set_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)

    def add_action(self, text: str, callback: Callable[[], None], tooltip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip or text)
        button.setAccessibleName(text)
        button.clicked.connect(callback)
        self._layout.insertWidget(self._layout.indexOf(self.close_button), button)
        self._buttons.append(button)
        return button

    def _on_close(self) -> None:
        self.hide()
        self.closed.emit()
