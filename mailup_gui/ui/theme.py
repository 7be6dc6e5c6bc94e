"""Light, dark or the system's look, chosen in Preferences and applied at once: the app's
palette, which every widget (notices and badges included) follows when it changes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

LIGHT, DARK, SYSTEM = "light", "dark", ""

# A dark desktop as KDE's Breeze Dark or GNOME's dark style paint it.
_DARK_COLOURS = {
    QPalette.ColorRole.Window: "#2a2e32",
    QPalette.ColorRole.WindowText: "#fcfcfc",
    QPalette.ColorRole.Base: "#1b1e20",
    QPalette.ColorRole.AlternateBase: "#232629",
    QPalette.ColorRole.Text: "#fcfcfc",
    QPalette.ColorRole.Button: "#31363b",
    QPalette.ColorRole.ButtonText: "#fcfcfc",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Link: "#1d99f3",
    QPalette.ColorRole.Highlight: "#3daee9",
    QPalette.ColorRole.HighlightedText: "#fcfcfc",
    QPalette.ColorRole.PlaceholderText: "#a1a9b1",
    QPalette.ColorRole.ToolTipBase: "#31363b",
    QPalette.ColorRole.ToolTipText: "#fcfcfc",
    QPalette.ColorRole.Light: "#4a5157",
    QPalette.ColorRole.Midlight: "#3c4247",
    QPalette.ColorRole.Mid: "#25292c",
    QPalette.ColorRole.Dark: "#141618",
    QPalette.ColorRole.Shadow: "#0b0c0d",
}
_DISABLED_TEXT = "#6e757b"

_system_palette: QPalette | None = None  # the desktop's, kept to go back to


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def apply_theme(theme: str) -> None:
    """``theme`` ("light", "dark" or "" for the system's) as the app's palette, at once."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(QApplication.palette())
    if theme == DARK:
        QApplication.setPalette(dark_palette())
    elif theme == LIGHT:
        QApplication.setPalette(QApplication.style().standardPalette())
    else:
        QApplication.setPalette(_system_palette)
