"""A scroll area that shows one widget centred at a chosen width, like a device's screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1


class Stage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page scrolls
        self.setBackgroundRole(QPalette.ColorRole.Mid)  # around a narrow page: the "desk"
        self._room = QWidget()
        self._room.setBackgroundRole(QPalette.ColorRole.Mid)
        self._layout = QHBoxLayout(self._room)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._room)
        self._actor: QWidget | None = None
        self._width: int | None = None

    def set_actor(self, widget: QWidget) -> None:
        self._actor = widget
        self._layout.addWidget(widget)
        self.set_width(self._width)

    def set_width(self, width: int | None) -> None:
        """A fixed width in pixels, centred; None fills the stage."""
        self._width = width
        if self._actor is None:
            return
        if width is None:
            self._actor.setMinimumWidth(0)
            self._actor.setMaximumWidth(QWIDGETSIZE_MAX)
            self._layout.setAlignment(self._actor, Qt.AlignmentFlag(0))
        else:
            self._actor.setFixedWidth(width)
            self._layout.setAlignment(self._actor, Qt.AlignmentFlag.AlignHCenter)
