"""A tab page that builds its real pane the first time it is shown.

Panes the user has not opened cost nothing: neither their imports nor their widgets. The
pane shown at start is built just after the window's first paint (``schedule`` says when), so
the window appears at once and fills in a moment later. Generic in the pane's type, so that
``LazyPane[ComposePane].pane()`` is a ``ComposePane`` to the type checker. Its fields take the
wheel only when focused (``wheel_guard``). In a window shorter or narrower than the pane's
minimum (a desktop's larger font, as GNOME's 11 pt, with notices shown) the pane scrolls: its
fields keep their minimum size instead of being squeezed over each other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

PaneT = TypeVar("PaneT", bound=QWidget)


class LazyPane(QWidget, Generic[PaneT]):
    def __init__(
        self,
        factory: Callable[[], PaneT],
        schedule: Callable[[Callable[[], object]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._schedule = schedule or (lambda build: QTimer.singleShot(0, build))
        self._pane: PaneT | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> PaneT | None:
        return self._pane

    def pane(self) -> PaneT:
        """The real pane, built now if it was not yet."""
        if self._pane is None:
            # the Qt namespace these use costs the first paint ~13 ms: loaded with the pane
            from .sizing import scrolled_below_minimum
            from .wheel_guard import guard_wheel

            self._pane = self._factory()
            guard_wheel(self._pane)
            self._layout.addWidget(scrolled_below_minimum(self._pane))
        return self._pane

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pane is None:
            self._schedule(self.pane)
