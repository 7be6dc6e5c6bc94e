"""The preview's Text tab, merge-tag warnings, and the QTextBrowser fallback used when
QtWebEngine cannot be loaded (forced here, so these tests do not need Chromium)."""

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from support.images import png

from mailup_gui.core.message.html_text import html_to_text
from mailup_gui.ui.preview import MessagePreview, surface
from mailup_gui.ui.preview.fallback import FallbackSurface

RED = QColor("#ff0000")


@pytest.fixture
def preview(qtbot, monkeypatch):
    monkeypatch.setattr(surface, "web_engine_loads", lambda: False)
    widget = MessagePreview()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    return widget


def highlighted(preview) -> list[str]:
    """The stretches of the Text tab that carry the unfilled-tag format."""
    editor = preview.text_part.editor
    marked, block = [], editor.document().firstBlock()
    while block.isValid():
        for stretch in block.layout().formats():
            marked.append(block.text()[stretch.start : stretch.start + stretch.length])
        block = block.next()
    return marked


def test_unfilled_tags_are_listed_above_and_marked_in_the_text(preview):
    preview.show_message(
        "<p>Hi [name], order [order]</p>",
        "Hi [name],\norder [Order], [known]",
        {},
        ["name", "ORDER"],
    )
    assert preview.unfilled_notice.isVisible()
    assert "[name]" in preview.unfilled_notice.text
    assert "[ORDER]" in preview.unfilled_notice.text
    assert highlighted(preview) == ["[name]", "[Order]"]

    preview.show_message("<p>Hi Anna</p>", "Hi Anna", {}, [])
    assert not preview.unfilled_notice.isVisible()
    assert highlighted(preview) == []


def test_an_empty_or_stale_text_part_is_flagged_and_generation_is_offered(preview, qtbot):
    html = "<h1>Order 4711 shipped</h1><p>Track it <a href='https://t.example/4711'>here</a>.</p>"
    warning = preview.text_part.warning
    preview.show_message(html, None, {}, [])
    assert not warning.isHidden()  # (on the Text tab, which is not the current one)
    assert "empty" in warning.text
    assert not preview.tabs.tabIcon(1).isNull()

    preview.show_message(html, "Order shipped. Track it here: https://t.example/", {}, [])
    assert not warning.isHidden()
    assert "4711" in warning.text

    preview.show_message(html, html_to_text(html), {}, [])
    assert warning.isHidden()
    assert preview.tabs.tabIcon(1).isNull()

    with qtbot.waitSignal(preview.generate_text_requested, timeout=1000):
        preview.text_part.generate.click()


def test_a_message_without_html_shows_its_text(preview):
    preview.show_message(None, "Only text", {}, [])
    assert not preview.tabs.isTabEnabled(0)
    assert preview.tabs.currentWidget() is preview.text_part
    assert preview.text_part.editor.toPlainText() == "Only text"
    assert preview.text_part.warning.isHidden()


def test_the_fallback_resolves_cid_images_blocks_remote_ones_and_says_it_is_approximate(
    preview, qtbot
):
    preview.show_message(
        '<body style="margin:0"><img src="cid:logo" width="60" height="60">'
        '<img src="http://127.0.0.1:9/pixel.png" width="10" height="10"></body>',
        None,
        {"logo": (png(RED), "image/png")},
        [],
    )
    browser = preview.surface
    assert isinstance(browser, FallbackSurface)
    assert preview.fallback_notice.isVisible()
    assert not preview.controls.scheme.isEnabled()
    assert not preview.load_remote_button.isVisible()
    assert preview.blocked_count == 1
    assert browser.blocked == ["http://127.0.0.1:9/pixel.png"]
    qtbot.waitUntil(
        lambda: QColor(browser.viewport().grab().toImage().pixel(30, 30)) == RED, timeout=5000
    )
    assert preview.blocked_count == 1  # painting asks again; still one address


def test_the_fallback_reports_a_clicked_link_instead_of_following_it(preview, qtbot):
    preview.show_message(
        '<p><a href="https://example.com/x">LINK LINK LINK LINK</a></p>', None, {}, []
    )
    browser = preview.surface
    at = browser.cursorRect(browser.document().find("LINK")).center()
    with qtbot.waitSignal(preview.link_requested, timeout=2000) as clicked:
        QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert clicked.args == [QUrl("https://example.com/x")]
    assert preview.link_dialog.isVisible()
    preview.link_dialog.reject()
    assert "LINK" in browser.toPlainText()  # still the same document


def test_widths_apply_to_the_fallback_too(preview, qtbot):
    preview.show_message("<p>Hello</p>", None, {}, [])
    preview.controls.device.setCurrentIndex(preview.controls.device.findData("mobile"))
    qtbot.waitUntil(lambda: preview.surface.width() == 375, timeout=2000)
    assert isinstance(preview.surface.mapTo(preview, QPoint(0, 0)), QPoint)
