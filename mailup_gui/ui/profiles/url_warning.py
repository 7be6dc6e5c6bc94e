"""The risk of a custom URL a profile may still be saved with (plain http:// to another computer,
the embedded sandbox's port of this start), shown beside the URL and under a test's result."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

from ...core.account.profiles import Profile, endpoint_warnings
from ..core_texts import translated
from ..widgets.colour import text_style


class UrlWarning(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(text_style("warning"))
        self.setAccessibleName(self.tr("Base URL warning"))
        self.hide()

    def follow(self, profile: Profile, sandbox_url: str | None) -> None:
        warning = endpoint_warnings(profile, sandbox_url).get("custom_url", "")
        self.setText(translated(warning))
        self.setVisible(bool(warning))

    def html(self) -> str:
        """The warning as a line to add under a test's result; empty when there is none."""
        if not self.text():
            return ""
        return f'<br><span style="{text_style("warning")}">⚠ {escape(self.text())}</span>'
