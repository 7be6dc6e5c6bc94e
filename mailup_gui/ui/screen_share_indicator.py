"""What says, in the window itself, that screen-share mode is on: whoever shares the screen sees
at a glance that the masking works, and turns it off in one click."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolBar, QWidget

from .privacy import Privacy


def add_screen_share_indicator(toolbar: QToolBar, privacy: Privacy) -> ScreenShareIndicator:
    """The indicator, first in ``toolbar`` (a narrow window moves the last items into the
    overflow menu), shown while the mode is on, whatever turned it on (the View menu, its
    shortcut, Preferences, the settings at start)."""
    indicator = ScreenShareIndicator(privacy)
    first = next(iter(toolbar.actions()), None)
    # a toolbar shows or hides its widgets by their action
    place = toolbar.insertWidget(first, indicator) if first else toolbar.addWidget(indicator)
    place.setVisible(privacy.enabled)
    privacy.changed.connect(place.setVisible)
    return indicator


class ScreenShareIndicator(QPushButton):
    """A bold purple pill that turns the mode off when clicked."""

    def __init__(self, privacy: Privacy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("● Screen-share on"))
        self.setToolTip(
            self.tr(
                "Secrets, SMTP+ usernames, addresses and profile names are masked. Click to turn "
                "screen-share mode off (Ctrl+Shift+H)."
            )
        )
        self.setAccessibleName(self.tr("Screen-share mode is on"))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # A colour of its own: not the amber SANDBOX, the red PRODUCTION or a theme's accent.
        self.setStyleSheet(
            "QPushButton { background: #6a1b9a; color: #ffffff; font-weight: bold;"
            " border: none; padding: 3px 10px; border-radius: 9px; }"
        )
        self.clicked.connect(lambda: privacy.set_enabled(False))
