"""Readable on a light and on a dark palette: every notice, badge, warning text, highlighted
row and marked field has a WCAG contrast of at least 4.5:1 against what it is drawn on, taken
from the colours the widgets actually use (their resolved palette, their pixels, their style)."""

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from mailup_gui.api.userstatus import UserState
from mailup_gui.core.account.profiles import Endpoint
from mailup_gui.ui.dashboard.model import badge_colours
from mailup_gui.ui.widgets.badge import EndpointBadge
from mailup_gui.ui.widgets.colour import surface_colours, text_colour
from mailup_gui.ui.widgets.field_marks import mark
from mailup_gui.ui.widgets.notice_area import NoticeRow
from mailup_gui.ui.widgets.notice_board import NoticeBoard

AA = 4.5
Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_palette() -> QPalette:
    """A dark desktop as KDE's Breeze Dark or GNOME's dark style paint it."""
    palette = QPalette()
    for role, colour in {
        Role.Window: "#2a2e32",
        Role.WindowText: "#fcfcfc",
        Role.Base: "#1b1e20",
        Role.AlternateBase: "#232629",
        Role.Text: "#fcfcfc",
        Role.Button: "#31363b",
        Role.ButtonText: "#fcfcfc",
        Role.Link: "#1d99f3",
        Role.Highlight: "#3daee9",
        Role.HighlightedText: "#fcfcfc",
        Role.PlaceholderText: "#a1a9b1",
        Role.ToolTipBase: "#31363b",
        Role.ToolTipText: "#fcfcfc",
        Role.Light: "#4a5157",
        Role.Midlight: "#3c4247",
        Role.Mid: "#25292c",
        Role.Dark: "#141618",
        Role.Shadow: "#0b0c0d",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(qapp, request):
    before = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def background_pixel(widget, x: int = 4) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(x, image.height() // 2)


def notice_row(qtbot, kind: str) -> NoticeRow:
    board = NoticeBoard()
    notice = board.notice(None, "said", kind)
    notice.set_message('Something happened. <a href="x">Details</a>')
    notice.show()
    row = NoticeRow(notice)
    board.setParent(row)
    qtbot.addWidget(row)
    return row


@pytest.mark.parametrize("kind", ["info", "warning", "error"])
def test_notices(scheme, qtbot, kind):
    row = notice_row(qtbot, kind)
    row.resize(400, 60)
    row.show()
    row.details_button.click()  # the whole text, its link too
    for label in (row.line, row.details):
        label.ensurePolished()
    background = background_pixel(row)
    assert contrast(row.line.palette().color(Role.WindowText), background) >= AA
    assert contrast(row.details.palette().color(Role.WindowText), background) >= AA
    assert contrast(row.details.palette().color(Role.Link), background) >= AA


def test_a_notice_follows_the_palette_when_it_changes(qapp, qtbot):
    banner = notice_row(qtbot, "info")
    banner.resize(400, 60)
    banner.show()
    light = background_pixel(banner)
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    qapp.processEvents()  # Qt posts the news of a new palette to every widget
    try:
        assert background_pixel(banner).lightness() < 128 < light.lightness()
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("endpoint", list(Endpoint))
def test_endpoint_badges(scheme, qtbot, endpoint):
    badge = EndpointBadge()
    qtbot.addWidget(badge)
    badge.show_endpoint(endpoint)
    badge.show()
    badge.ensurePolished()
    assert contrast(badge.palette().color(Role.WindowText), background_pixel(badge)) >= AA


@pytest.mark.parametrize("state", [*UserState, None])
def test_dashboard_badges(scheme, state):
    background, text = badge_colours(state)
    assert contrast(text, background) >= AA


@pytest.mark.parametrize("kind", ["warning", "error", "muted"])
def test_coloured_text_on_the_window(scheme, kind):
    assert contrast(text_colour(kind), scheme.color(Role.Window)) >= AA


@pytest.mark.parametrize("kind", ["highlight", "problem"])
def test_highlighted_rows_and_problem_cells(scheme, kind):
    background, text = surface_colours(kind)
    assert contrast(text or scheme.color(Role.Text), background) >= AA


def test_a_marked_field(scheme, qtbot):
    field = QLineEdit("not-an-address")
    qtbot.addWidget(field)
    mark(field, "An email address must have an @-sign.")
    frame = QColor(re.search(r"border: 2px solid (#[0-9a-f]{6})", field.styleSheet()).group(1))
    assert contrast(frame, scheme.color(Role.Base)) >= AA
    assert contrast(field.palette().color(Role.Text), scheme.color(Role.Base)) >= AA
