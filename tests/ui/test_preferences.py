"""Preferences (Ctrl+,), the View menu's panes and Help ▸ Documentation."""

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mailup_gui.core.storage.settings import SettingsStore
from mailup_gui.resources import resource_path
from mailup_gui.ui.documentation import DocumentationDialog
from mailup_gui.ui.menus import open_preferences
from mailup_gui.ui.preferences import PreferencesDialog
from mailup_gui.ui.theme import SYSTEM, apply_theme

ROOT = resource_path().parent


def menu(window, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_preferences_is_in_the_file_menu_under_ctrl_comma(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    assert window.menu_actions.preferences in menu(window, "&File").actions()
    assert window.menu_actions.preferences.shortcut().toString() == "Ctrl+,"


def test_the_view_menu_lists_every_pane_with_its_shortcut(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    listed = [
        (a.text(), a.shortcut().toString())
        for a in menu(window, "&View").actions()
        if not a.isSeparator() and a is not window.screen_share_action
    ]
    assert listed == [
        ("Compose", "Ctrl+1"),
        ("Templates", "Ctrl+2"),
        ("Dashboard", "Ctrl+3"),
        ("Outbox", "Ctrl+4"),
        ("Journal", "Ctrl+5"),
    ]
    next(a for a in menu(window, "&View").actions() if a.text() == "Outbox").trigger()
    assert window.tabs.currentWidget() is window.outbox_page


def test_theme_interval_and_folder_apply_at_once_and_are_kept(window, qtbot, tmp_path):
    dialog = open_preferences(window)
    assert isinstance(dialog, PreferencesDialog)
    qtbot.addWidget(dialog)
    try:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.interval.setValue(120)
        dialog.folder.setText(str(tmp_path))  # the language: test_language_switch.py
        dialog.apply()
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 80  # dark, at once
        kept = SettingsStore().value
        assert (kept.theme, kept.poll_interval_s) == ("dark", 120)
        assert kept.default_folder == str(tmp_path)
        assert window.dashboard.interval_spin.value() == 120 or window.poller is None
    finally:
        apply_theme(SYSTEM)


def test_a_folder_that_does_not_exist_is_said_and_nothing_typed_is_lost(window, qtbot, tmp_path):
    dialog = open_preferences(window)
    qtbot.addWidget(dialog)
    missing = str(tmp_path / "nowhere")
    dialog.folder.setText(missing)
    dialog.interval.setValue(90)
    dialog.apply()
    assert dialog.isVisible()
    assert "Default folder" in dialog.problem.text() and "Browse" in dialog.problem.text()
    assert dialog.folder.text() == missing and dialog.interval.value() == 90
    assert SettingsStore().value.default_folder == ""


def test_the_documentation_is_the_readme_shipped_with_the_app(window, qtbot):
    shipped = resource_path("docs", "README.md").read_text(encoding="utf-8")
    assert shipped == (ROOT / "README.md").read_text(encoding="utf-8")  # refresh the copy
    window.show()
    qtbot.waitExposed(window)
    assert window.menu_actions.documentation in menu(window, "&Help").actions()
    window.menu_actions.documentation.trigger()
    dialog = window.findChild(DocumentationDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Screen-share mode" in dialog.browser.toPlainText()


def test_every_preference_label_leads_to_its_field(window, qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = open_preferences(window)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels and all(label.buddy() is not None for label in labels)


def test_the_polling_interval_applies_at_once_without_the_dashboard(window, qtbot):
    dialog = open_preferences(window)
    qtbot.addWidget(dialog)
    dialog.interval.setValue(150)
    dialog.apply()
    assert window.dashboard_page.built is None
    assert window.poller.policy.interval == 150
