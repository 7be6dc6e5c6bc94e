"""The window's menu bar: File (profiles, Preferences, quit), View (screen-share mode and every
pane with its shortcut) and Help (the documentation shipped with the app, welcome, about)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from .main_window import MainWindow


class MenuActions(NamedTuple):
    """The actions the menus add to the window's own."""

    preferences: QAction
    documentation: QAction


def build_menus(window: MainWindow) -> MenuActions:
    menu_bar = window.menuBar()
    preferences = QAction(QCoreApplication.translate("MainWindow", "Pr&eferences…"), window)
    preferences.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "Language, theme, polling interval and default folder (Ctrl+,)"
        )
    )
    window._shortcuts.append((preferences, "Ctrl+,"))
    preferences.triggered.connect(lambda: open_preferences(window))
    documentation = QAction(QCoreApplication.translate("MainWindow", "&Documentation"), window)
    documentation.setToolTip(
        QCoreApplication.translate("MainWindow", "The user guide shipped with the app (F1)")
    )
    window._shortcuts.append((documentation, "F1"))
    documentation.triggered.connect(lambda: open_documentation(window))

    file_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.profiles_action)
    file_menu.addAction(window.test_action)
    file_menu.addSeparator()
    file_menu.addAction(preferences)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    view_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(window.screen_share_action)
    view_menu.addSeparator()
    for action in window.pane_actions:  # Compose (Ctrl+1) … Journal (Ctrl+5)
        view_menu.addAction(action)
    help_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(documentation)
    welcome = help_menu.addAction(QCoreApplication.translate("MainWindow", "&Welcome"))
    welcome.triggered.connect(lambda: window.window_notices.welcome.show())
    help_menu.addAction(window.about_action)
    return MenuActions(preferences, documentation)


def open_preferences(window: MainWindow) -> QDialog:
    from ..core.users.poll_policy import clamp_interval
    from .preferences import PreferencesDialog

    def set_poll_interval(seconds: int) -> None:
        dashboard = window.dashboard_page.built
        if dashboard is not None:
            dashboard.interval_spin.setValue(seconds)  # which applies it, as typed there
        else:
            window.poller.set_interval(clamp_interval(seconds))

    def switch(language: str) -> None:
        from .language_switch import switch_language

        switch_language(window, language)

    dialog = PreferencesDialog(window.context, set_poll_interval, switch, window)
    dialog.open()
    return dialog


def open_documentation(window: MainWindow) -> QDialog:
    from .documentation import DocumentationDialog

    dialog = DocumentationDialog(window)
    dialog.open()
    return dialog
