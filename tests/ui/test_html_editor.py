"""The HTML editor (issue #23, 12): HTML in colours that stay readable light and dark, line
numbers in a gutter, and ``show_line`` pointing at a line."""

import pytest
from PySide6.QtGui import QPalette
from test_dark_mode import AA, contrast, dark_palette

from mailup_gui.ui.send_form.html_editor import HtmlPartsEditor
from mailup_gui.ui.widgets.colour import text_colour

BODY = "\n".join(
    [
        "<!-- the greeting",
        "     over two lines -->",
        '<p class="hello" id=main>Hello [firstname],</p>',
        *[f"<p>line {n}</p>" for n in range(4, 201)],
    ]
)


@pytest.fixture
def editor(qtbot):
    widget = HtmlPartsEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    widget.set_parts("", "<style>p { color: red }</style>", "", BODY)
    return widget


def colour_at(edit, line: int, column: int):
    """The foreground the highlighter gave the character at ``line`` (1-based), ``column``."""
    block = edit.document().findBlockByNumber(line - 1)
    for fmt_range in block.layout().formats():
        if fmt_range.start <= column < fmt_range.start + fmt_range.length:
            return fmt_range.format.foreground().color()
    return None


def test_tags_attributes_values_merge_tags_and_comments_are_coloured(editor):
    body = editor.body
    line = '<p class="hello" id=main>Hello [firstname],</p>'
    assert colour_at(body, 3, 0) == text_colour("html-tag")  # <p
    assert colour_at(body, 3, line.index("class")) == text_colour("html-attribute")
    assert colour_at(body, 3, line.index('"hello"')) == text_colour("html-value")
    assert colour_at(body, 3, line.index("main")) == text_colour("html-value")
    assert colour_at(body, 3, line.index("[firstname]")) == text_colour("html-merge-tag")
    assert colour_at(body, 3, line.index("Hello")) is None  # text stays the palette's
    assert colour_at(body, 1, 5) == text_colour("muted")  # a comment…
    assert colour_at(body, 2, 8) == text_colour("muted")  # …on its second line too
    assert colour_at(editor.head, 1, 1) == text_colour("html-tag")  # the Head as well


def test_the_colours_are_readable_light_and_dark(qapp, editor):
    before = QPalette(qapp.palette())
    try:
        for palette in (before, dark_palette()):
            qapp.setPalette(palette)
            qapp.processEvents()
            base = editor.body.palette().color(QPalette.ColorRole.Base)
            for kind in ("html-tag", "html-attribute", "html-value", "html-merge-tag", "muted"):
                assert contrast(text_colour(kind), base) >= AA, kind
            assert colour_at(editor.body, 3, 0) == text_colour("html-tag")  # re-coloured
    finally:
        qapp.setPalette(before)


def test_line_numbers_sit_in_a_gutter_as_wide_as_the_longest(editor):
    body = editor.body
    assert body.gutter.isVisible()
    three_digits = body.gutter_width()
    assert body.viewportMargins().left() == three_digits
    assert three_digits > body.fontMetrics().horizontalAdvance("999")
    body.setPlainText("<p>one</p>")
    assert body.gutter_width() < three_digits


def test_show_line_scrolls_to_the_line_and_marks_it_until_an_edit(editor, qtbot):
    body = editor.body
    assert body.firstVisibleBlock().blockNumber() == 0
    editor.show_line("Body", 150)
    assert body.textCursor().blockNumber() == 149
    assert body.textCursor().selectedText() == "<p>line 150</p>"  # the line, selected
    first = body.firstVisibleBlock().blockNumber()
    assert 100 < first <= 149  # line 150 is on screen, not at the top
    assert body.shown_line == 150
    [marked] = body.extraSelections()
    assert marked.cursor.blockNumber() == 149
    assert not body.show_line(999)  # no such line: nothing moves
    assert body.shown_line == 150
    qtbot.keyClicks(body, "x")
    assert body.extraSelections() == [] and body.shown_line is None
