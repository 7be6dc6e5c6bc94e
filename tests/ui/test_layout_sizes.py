"""Laptop-size windows: every control of every pane, sub-tab and the Profiles dialog gets at
least its minimum size hint, every list, table and text editor shows two rows or more, every
tab label shows whole and every table's column header too, in both languages, light and dark,
with Qt's default font and with a desktop's larger one under screen-share mode. At the default
font no pane needs to scroll; at the larger one a pane may scroll, but nothing is squeezed.

The window is built once per language; each case resizes it and walks every pane and every tab
of every nested tab widget, naming each squeezed control with its pane path.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QStyle,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from support.outbox import click_row, full_example, open_outbox, send

from mailup_gui.ui.i18n import install_translators, remove_translators

SIZES = [QSize(1024, 768), QSize(1280, 720)]
# GNOME's default UI font is 11 pt (Qt's own is 10): the Templates pane's table shrank to a
# sliver under the GTK dark theme (QT_QPA_PLATFORMTHEME=gtk3) through that font alone.
DESKTOP_FONT = QFont("DejaVu Sans", 11)
DEFAULT, DESKTOP = "default-font", "desktop-font-screen-share"


@pytest.fixture(params=[DEFAULT, DESKTOP])
def look(qapp, request):
    """Qt's default font; or a desktop's larger one, with screen-share mode on (its masked
    texts are other widths)."""
    font = QFont(qapp.font())
    if request.param == DESKTOP:
        qapp.setFont(DESKTOP_FONT)
    yield request.param
    qapp.setFont(font)


@pytest.fixture
def laid_out(qapp, translations_built, request, qtbot, theme, look):
    """The real window in the case's language, theme and look, with a message in the Outbox,
    shown."""
    language = request.param
    assert install_translators(qapp, language) == language
    window = request.getfixturevalue("window")
    if look == DESKTOP:
        window.screen_share_action.trigger()
    send(window, full_example())
    click_row(qtbot, open_outbox(window, qtbot, rows=1), 0)
    qtbot.waitUntil(lambda: window.outbox.view.tabs.isEnabled(), timeout=10_000)
    for page in (window.compose_page, window.templates_page, window.journal_page):
        page.pane()  # every pane built and laid out before anything is measured
    window.tabs.setCurrentWidget(window.templates_page)
    qtbot.wait(200)
    yield window
    remove_translators(qapp)  # back to no catalogue, as tests start
    QLocale.setDefault(QLocale.system())


def name_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
        return widget.text()[:40]
    if isinstance(widget, QGroupBox):
        return widget.title()
    if widget.accessibleName():
        return widget.accessibleName()
    return "" if widget.objectName().startswith("qt_") else widget.objectName()


def label_of(widget: QWidget) -> str:
    """The class and name of the control; an unnamed one also by its nearest named owner."""
    name = name_of(widget)
    label = f"{type(widget).__name__}{f' {name!r}' if name else ''}"
    owner = widget.parentWidget()
    while not name and owner is not None:
        if name_of(owner):
            return f"{label} in {type(owner).__name__} {name_of(owner)!r}"
        owner = owner.parentWidget()
    return label


def meaningful(widget: QWidget) -> bool:
    """Not a part its owner sizes itself: a header, a scroll bar, a tab bar's scroll arrows,
    a spin box's or a combo box's line edit (the owner is checked instead)."""
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return False
    return not isinstance(widget.parentWidget(), (QTabBar, QAbstractSpinBox, QComboBox))


def least_size(widget: QWidget) -> QSize:
    """The size below which the control is squeezed: its minimum size hint, or its minimum
    size where one is set (as layouts do), never more than it would like to be."""
    least = widget.minimumSizeHint()
    minimum = widget.minimumSize()
    if minimum.width() > 0:
        least.setWidth(minimum.width())
    if minimum.height() > 0:
        least.setHeight(minimum.height())
    preferred = widget.sizeHint()
    return least.boundedTo(preferred) if preferred.isValid() else least


def rows_needed(widget: QWidget) -> int:
    """Two rows of the view or the editor, in pixels."""
    row = widget.fontMetrics().lineSpacing()
    model = widget.model() if isinstance(widget, QAbstractItemView) else None
    if model is not None and model.rowCount() > 0:
        row = max(row, widget.sizeHintForRow(0))
    return 2 * row


def cut_texts(widget: QWidget, path: str) -> list[str]:
    """A tab bar's labels and a table's column headers narrower than their text."""
    found = []
    if isinstance(widget, QTabBar):
        metrics = widget.fontMetrics()
        # the style's padding around a tab's text: a tab narrower than text + padding elides it
        padding = widget.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, widget)
        for index in range(widget.count()):
            text = widget.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&")
            icon = widget.iconSize().width() + 4 if not widget.tabIcon(index).isNull() else 0
            needed = metrics.horizontalAdvance(text) + icon + padding
            if widget.isTabVisible(index) and widget.tabRect(index).width() < needed:
                found.append(
                    f"{path}: tab {text!r} is {widget.tabRect(index).width()} px, needs {needed}"
                )
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        last = widget.count() - 1
        for index in range(widget.count()):
            if widget.isSectionHidden(index) or (index == last and widget.stretchLastSection()):
                continue
            size, needed = widget.sectionSize(index), widget.sectionSizeHint(index)
            if size < needed:
                title = widget.model().headerData(index, Qt.Orientation.Horizontal)
                found.append(f"{path}: column {title!r} is {size} px, needs {needed}")
    return found


def squeezed(root: QWidget, path: str) -> list[str]:
    """Every visible control under ``root`` smaller than it asks to be, with why."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found += cut_texts(widget, path)
        if not meaningful(widget):
            continue
        hint, size = least_size(widget), widget.size()
        if hint.isValid() and (size.width() < hint.width() or size.height() < hint.height()):
            found.append(
                f"{path}: {label_of(widget)} is {size.width()}×{size.height()}, "
                f"needs {hint.width()}×{hint.height()}"
            )
        if isinstance(widget, (QAbstractItemView, QPlainTextEdit, QTextEdit)):
            height, needed = widget.viewport().height(), rows_needed(widget)
            if height < needed:
                found.append(
                    f"{path}: {label_of(widget)} shows {height} px of rows, needs {needed}"
                )
    return found


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)
    QApplication.processEvents()


def walk_tabs(root: QWidget, path: str, qtbot) -> list[str]:
    """Each tab of each tab widget under ``root`` in turn (the others on their first tab); a tab
    hidden in this state (Templates' "Template HTML" without a sandbox) is shown for the walk."""
    found = squeezed(root, path)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            hidden = not tabs.isTabVisible(index)
            tabs.setTabVisible(index, True)
            tabs.setCurrentIndex(index)
            settle(qtbot)
            title = tabs.tabText(index).replace("&&", "&")
            found += walk_tabs(tabs.widget(index), f"{path} ▸ {title}", qtbot)
            tabs.setTabVisible(index, not hidden)
        tabs.setCurrentIndex(0)
    return found


def pane_scrolls(page: QWidget) -> bool:
    """Whether the pane on this tab page is taller or wider than the page (and scrolls)."""
    area = page.findChild(QScrollArea, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert area is not None
    bars = (area.verticalScrollBar(), area.horizontalScrollBar())
    return any(bar.maximum() > 0 for bar in bars)


def profiles_dialog(window) -> QDialog:
    from mailup_gui.ui.profiles.dialog import ProfilesDialog

    ctx = window.context
    dialog = ProfilesDialog(
        ctx.profiles, ctx.secrets, ctx.privacy, ctx.tasks, ctx.sandbox_url, window
    )
    return dialog


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("laid_out", ["en", "it"], indirect=True)
def test_every_control_gets_its_minimum_size(laid_out, size, qtbot, look):
    window = laid_out
    window.resize(size)
    settle(qtbot)
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(qtbot)
        pane = window.tabs.widget(index)
        problems += walk_tabs(pane, window.tabs.tabText(index), qtbot)
        if look == DEFAULT and pane_scrolls(pane):
            problems.append(f"{window.tabs.tabText(index)}: the pane scrolls")
    dialog = profiles_dialog(window)
    dialog.show()  # at the size it opens with, but no larger than the window
    settle(qtbot)
    dialog.resize(dialog.size().boundedTo(size))
    settle(qtbot)
    problems += walk_tabs(dialog, dialog.windowTitle(), qtbot)
    dialog.close()
    dialog.deleteLater()
    unique = list(dict.fromkeys(problems))
    assert not unique, f"{len(unique)} squeezed controls:\n" + "\n".join(unique)
