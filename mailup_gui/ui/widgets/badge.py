"""The endpoint badge: SANDBOX in amber, PRODUCTION in red, CUSTOM in grey-blue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from ...core.account.profiles import Endpoint, Profile

# Marked here, translated when shown (the translators are installed after this import).
_LOOK = {
    Endpoint.SANDBOX: (
        QT_TRANSLATE_NOOP("EndpointBadge", "SANDBOX"),
        "#f2a900",
        "#1a1a1a",
        QT_TRANSLATE_NOOP(
            "EndpointBadge", "Sends go to the local sandbox on this computer: nothing leaves it."
        ),
    ),
    Endpoint.PRODUCTION: (
        QT_TRANSLATE_NOOP("EndpointBadge", "PRODUCTION"),
        "#c62828",
        "#ffffff",
        QT_TRANSLATE_NOOP(
            "EndpointBadge", "Sends go to MailUp for real and reach real recipients."
        ),
    ),
    Endpoint.CUSTOM: (
        QT_TRANSLATE_NOOP("EndpointBadge", "CUSTOM URL"),
        "#546e7a",
        "#ffffff",
        QT_TRANSLATE_NOOP("EndpointBadge", "Sends go to the base URL set in this profile."),
    ),
}


class EndpointBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(110)

    def show_profile(self, profile: Profile) -> None:
        """The profile's endpoint; a custom URL marked as a real account looks as production."""
        self.show_endpoint(Endpoint.PRODUCTION if profile.is_production else profile.endpoint)

    def show_endpoint(self, endpoint: Endpoint) -> None:
        text, background, foreground, tip = _LOOK[endpoint]
        # str(): PySide6's stub types QT_TRANSLATE_NOOP's result as object; it is the text.
        text = self.tr(str(text))
        self.setText(text)
        self.setToolTip(self.tr(str(tip)))
        self.setAccessibleName(self.tr("Endpoint: {badge}").format(badge=text))
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; font-weight: bold;"
            " padding: 3px 10px; border-radius: 9px; letter-spacing: 1px;"
            # set here rather than with setAlignment(): the Qt namespace costs start-up time
            " qproperty-alignment: AlignCenter; }"
        )
