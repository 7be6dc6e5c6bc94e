"""The icons: every name the code asks for exists and draws; the line icons read on light and
dark backgrounds; a missing name is a warning and a blank, not a crash."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mailup_gui.resources import resource_path
from mailup_gui.ui.icons import APP_ICON, icon

PACKAGE = Path(__file__).resolve().parents[2] / "mailup_gui"
ICONS = resource_path("icons")
LINE_ICONS = sorted(path.stem for path in ICONS.glob("*.svg"))
PANES_AND_ACTIONS = {
    "compose",
    "templates",
    "dashboard",
    "outbox",
    "journal",
    "send",
    "test-connection",
    "profiles",
    "refresh",
    "save",
    "open",
    "attach",
    "screen-share",
    "about",
}


def referenced_names() -> set[str]:
    """Every literal ``icon("name")`` in the package."""
    call = re.compile(r"""\bicon\(\s*["']([\w/-]+)["']\s*\)""")
    return {name for path in PACKAGE.rglob("*.py") for name in call.findall(path.read_text())}


def drawn_share(name: str, size: int) -> float:
    """How much of the icon's square the icon actually paints."""
    image = icon(name).pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    painted = sum(
        image.pixelColor(x, y).alpha() > 0
        for x in range(image.width())
        for y in range(image.height())
    )
    return painted / (size * size)


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_panes_and_actions_have_icons():
    assert set(LINE_ICONS) >= PANES_AND_ACTIONS


@pytest.mark.parametrize("name", sorted(referenced_names() | set(LINE_ICONS) | {APP_ICON}))
def test_icon_exists_and_draws_at_small_sizes(qapp, name):
    assert resource_path("icons", f"{name}.svg").is_file()
    assert not icon(name).isNull()
    for size in (16, 24):
        assert drawn_share(name, size) > 0.05, f"{name} at {size} px is (nearly) blank"


@pytest.mark.parametrize("name", LINE_ICONS)
def test_line_icons_share_a_grid_and_read_on_light_and_dark(name):
    svg = (ICONS / f"{name}.svg").read_text()
    assert 'viewBox="0 0 24 24"' in svg
    assert "currentColor" not in svg  # Qt's icon engine does not follow the palette
    colours = set(re.findall(r'(?:stroke|fill)="(#[0-9a-fA-F]{6})"', svg))
    assert colours
    for colour in colours:  # WCAG's 3:1 for graphics, on a light and on a dark window
        assert contrast(colour, "#ffffff") >= 3
        assert contrast(colour, "#1e1e1e") >= 3


def test_the_same_icon_object_is_reused(qapp):
    assert icon("send").cacheKey() == icon("send").cacheKey()


def test_a_missing_icon_warns_and_gives_a_blank(qapp):
    with pytest.warns(UserWarning, match="no icon named 'no-such-icon'"):
        missing = icon("no-such-icon")
    assert missing.isNull()


def test_the_app_sets_its_own_window_icon(qapp):
    from mailup_gui.app import _set_window_icon

    _set_window_icon()
    assert qapp.windowIcon().cacheKey() == icon(APP_ICON).cacheKey()
