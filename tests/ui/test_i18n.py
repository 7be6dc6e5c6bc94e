"""The UI language: chosen from the settings or the OS, and an Italian main window when chosen."""

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from mailup_gui.ui.i18n import available_languages, choose_language, install_translators


@pytest.mark.parametrize(
    ("override", "preferred", "expected"),
    [
        ("", ["it-Latn-IT", "it-IT", "it"], "it"),  # Qt's list for LANGUAGE=it
        ("", ["it_IT.UTF-8"], "it"),
        ("", ["fr-FR", "fr", "it-IT", "it"], "it"),  # LANGUAGE=fr:it, no French yet
        ("", ["en-US", "it-IT"], "en"),  # English is a language the app speaks
        ("", ["C"], "en"),
        ("", [], "en"),
        ("it", ["en-US"], "it"),  # the setting wins over the OS
        ("en", ["it-IT"], "en"),
        ("xx", ["it-IT"], "it"),  # a setting the app cannot honour: the OS decides
    ],
)
def test_choose_language(override, preferred, expected):
    assert choose_language(override, preferred, {"en", "it"}) == expected


@pytest.fixture
def italian(qapp, translations_built):
    language = install_translators(qapp, "it")
    yield language
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)


def test_italian_is_available_once_built(translations_built):
    assert "it" in available_languages()


def test_english_installs_no_translator(qapp):
    assert install_translators(qapp, "en") == "en"
    assert qapp.findChildren(QTranslator) == []


def test_the_main_window_speaks_italian(italian, window):
    # ``italian`` comes first: pytest sets fixtures up in that order, so the translators are
    # installed before the window (tests/ui/conftest.py) is built, as app.main() does.
    assert italian == "it"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Visualizza", "&Aiuto"]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Scrivi" in tabs and "Posta in uscita" in tabs
    # Qt's own strings (standard buttons) come from Qt's Italian catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Close") == "Chiudi"
