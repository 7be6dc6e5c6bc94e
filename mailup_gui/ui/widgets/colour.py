"""Colours: a profile's colour as an icon, and the app's own colours in a light and a dark
variant, picked by the palette in use, so that text stays readable (WCAG contrast >= 4.5:1,
tests/ui/test_dark_mode.py) on a light or a dark desktop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPixmap

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

# Text on the window's background: (on a light palette, on a dark palette).
_TEXT = {
    "warning": ("#8a5a00", "#ffcf70"),
    "error": ("#b00020", "#ff8a80"),
    "muted": ("#5f6b76", "#aab5bf"),
    "invalid": ("#c62828", "#ff6e6e"),  # the frame of a field marked wrong
    # the HTML editor's syntax colours, on the editor's background
    "html-tag": ("#1a4fa0", "#8cb8ff"),
    "html-attribute": ("#7a3e9d", "#d2a8ff"),
    "html-value": ("#1d6b33", "#8fdc9e"),
    "html-merge-tag": ("#a33c00", "#ffab70"),
}
# A strip or cell with its own background: (background, text) on a light, then a dark palette.
# A text of None keeps the palette's (for rows whose cells the view paints).
_SURFACES: dict[str, tuple[tuple[str, str | None], tuple[str, str | None]]] = {
    "info": (("#e8f1fb", "#1d4f85"), ("#16314d", "#d3e6fb")),
    "warning": (("#fff4d6", "#6b4a00"), ("#3d3000", "#ffe08a")),
    "error": (("#fde8e8", "#8a1c1c"), ("#4a1518", "#ffc4c0")),
    "highlight": (("#fff3b0", None), ("#574800", None)),  # a row that just changed
    "problem": (("#fde0e0", None), ("#5c1f1f", None)),  # a cell with a problem
}


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def palette_is_dark(palette: QPalette | None = None) -> bool:
    """Whether windows are dark: a dark colour scheme, or a dark palette the user chose."""
    from PySide6.QtGui import QPalette  # its enums cost the first paint, which needs no colour

    window = (palette or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def text_colour(kind: str) -> QColor:
    """warning, error, muted or invalid text (or frame) on the window's background."""
    return QColor(_TEXT[kind][palette_is_dark()])


def text_style(kind: str) -> str:
    """The same as a style sheet, e.g. ``label.setStyleSheet(text_style("warning"))``."""
    return f"color: {text_colour(kind).name()};"


def surface_colours(kind: str) -> tuple[QColor, QColor | None]:
    """Background and text of an info/warning/error strip, a highlighted row or a problem cell
    (text None: the palette's own)."""
    background, text = _SURFACES[kind][palette_is_dark()]
    return QColor(background), QColor(text) if text else None
