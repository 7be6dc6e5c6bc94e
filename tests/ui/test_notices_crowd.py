"""Whatever is said, the work keeps its room: every notice the app can show at once over Compose
and over Templates (welcome, no keyring, damaged files, sandbox down, disk full, the send result,
a long list of field problems, unfilled merge tags, remote content blocked, the fallback
preview, the text part, the template's refusal), at 1024×768 and 1280×720, in English and
Italian, light and dark: the preview keeps 300 px or more, collapsed and with every notice and
its details open, and each notice takes one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication
from support.notices import show_pane_notices, show_window_notices

from mailup_gui.ui.i18n import install_translators, remove_translators

SIZES = [QSize(1280, 720), QSize(1024, 768)]
LEAST_PREVIEW = 300
WINDOW_KEYS = {"welcome", "keyring", "damaged", "sandbox"}
PANE_KEYS = {
    "compose": {
        "not-saving",
        "result",
        "preview:unfilled",
        "preview:blocked",
        "preview:fallback",
        "preview:text-part",
    },
    "templates": {"not-saving", "result", "preview:unfilled", "preview:fallback", "source"},
}


@pytest.fixture
def crowded(qapp, translations_built, request, qtbot, theme):
    """The real window in the case's language and theme, every notice shown over the pane."""
    language, pane_name = request.param
    assert install_translators(qapp, language) == language
    window = request.getfixturevalue("window")
    page = window.compose_page if pane_name == "compose" else window.templates_page
    window.tabs.setCurrentWidget(page)
    pane = page.pane()
    show_window_notices(window)
    show_pane_notices(window, pane, qtbot)
    yield window, pane
    remove_translators(qapp)  # back to no catalogue, as tests start
    QLocale.setDefault(QLocale.system())


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize(
    "crowded",
    [(language, pane) for language in ("en", "it") for pane in ("compose", "templates")],
    indirect=True,
    ids=lambda case: "-".join(case),
)
def test_the_preview_keeps_its_room_whatever_is_said(crowded, size, qtbot, record_property):
    window, pane = crowded
    area = window.notice_area
    window.resize(size)
    settle(qtbot)
    name = "compose" if pane is window.compose_page.built else "templates"
    expected = WINDOW_KEYS | PANE_KEYS[name]

    def shown_keys() -> set[str]:
        return {notice.key for notice in area.shown()}

    # Chromium says what it blocked once the page has loaded, a moment after it is asked
    qtbot.waitUntil(lambda: expected <= shown_keys(), timeout=20_000)
    keys = shown_keys()
    assert sum(key.startswith("problem:") for key in keys) >= 5  # the long list of problems
    preview = pane.preview.preview
    heights = {"collapsed": preview.height()}
    for row in area.visible_rows():  # one line each
        assert row.line.height() < 2 * row.line.fontMetrics().lineSpacing(), row.notice.key

    area.more.setChecked(True)
    settle(qtbot)
    for row in area.visible_rows():
        row.details_button.setChecked(True)
    settle(qtbot)
    heights["every notice open"] = preview.height()
    record_property("preview heights", heights)
    print(f"{name} {size.width()}x{size.height()}: preview {heights}")
    assert min(heights.values()) >= LEAST_PREVIEW, heights
