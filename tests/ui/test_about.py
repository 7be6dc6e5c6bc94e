"""Help ▸ About: the versions support asks for, where secrets and files are, the licence."""

from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from mailup_gui import paths
from mailup_gui.ui.about import AboutDialog


def shown_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_versions_secrets_folders_and_licence(qtbot):
    dialog = AboutDialog(None, "Secret Service (GNOME Keyring, KeePassXC, …)")
    qtbot.addWidget(dialog)
    text = shown_text(dialog)
    for expected in (
        metadata.version("mailup-gui"),
        qVersion(),
        PySide6.__version__,
        metadata.version("httpx"),
        "Secret Service (GNOME Keyring, KeePassXC, …)",
        str(paths.config_dir()),
        str(paths.data_dir()),
        str(paths.log_dir()),
        "MIT",
    ):
        assert expected in text


def test_copy_details_puts_the_facts_on_the_clipboard(qtbot):
    dialog = AboutDialog(None, "this session only")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {metadata.version('mailup-gui')}" in copied
    assert f"httpx: {metadata.version('httpx')}" in copied
    assert "Secrets stored in: this session only" in copied
    assert f"Logs: {paths.log_dir()}" in copied
