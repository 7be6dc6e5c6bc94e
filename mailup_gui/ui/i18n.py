"""The UI language: the OS's unless the settings choose one; English is the source language.

Qt's system locale already follows the OS: on Linux the gettext-style LANGUAGE list, then
LC_ALL, LC_MESSAGES and LANG; on macOS and Windows the user's preferred languages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource_path

SOURCE_LANGUAGE = "en"
CATALOGUE = "mailup_gui"  # resources/translations/mailup_gui_<language>.qm

# The catalogues installed by this module, so that the next call can remove them. Kept here
# rather than found among the app's children: listing those wraps Qt's style object for Python,
# which loads QStyle's enums, some 5 ms before the first paint.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def available_languages() -> set[str]:
    prefix = f"{CATALOGUE}_"
    return {SOURCE_LANGUAGE} | {
        qm.stem.removeprefix(prefix) for qm in translations_dir().glob(f"{prefix}*.qm")
    }


def choose_language(override: str, preferred: list[str], available: set[str]) -> str:
    """The first of the override and the OS's preferred languages that the app speaks, else
    English. Catalogues are per language, so "it-IT", "it_IT.UTF-8" and "it-Latn-IT" all mean
    "it"; an override the app does not speak falls back to the OS's choice."""
    for tag in ([override] if override else []) + list(preferred):
        language = tag.replace("_", "-").split("-")[0].split(".")[0].lower()
        if language in available:
            return language
    return SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, override: str) -> str:
    """Install the app's translation and Qt's own (standard buttons and dialogs) for the chosen
    language and make its locale Qt's default, so that dates and
    numbers read as the words around them; for English, its plural forms alone. Replaces the
    catalogues a previous call installed (a language chosen in Preferences). Returns the
    language the UI speaks."""
    remove_translators(app)
    language = choose_language(override, QLocale.system().uiLanguages(), available_languages())
    if language != SOURCE_LANGUAGE and not _install_catalogues(app, language):
        language = SOURCE_LANGUAGE  # an unreadable catalogue: English rather than a mix
    if language == SOURCE_LANGUAGE:
        _install_plural_forms(app)
    use_language(language)
    return language


def _install_plural_forms(app: QCoreApplication) -> None:
    """English's own catalogue holds only the plural forms of the "%n …(s)" texts ("1 file",
    "2 files"); without it (not built yet), the source's "(s)" shows."""
    plurals = QTranslator(app)
    if plurals.load(str(translations_dir() / f"{CATALOGUE}_{SOURCE_LANGUAGE}.qm")):
        _install(app, plurals)
    else:
        plurals.deleteLater()


def _install_catalogues(app: QCoreApplication, language: str) -> bool:
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"{CATALOGUE}_{language}.qm")):
        return False
    _install(app, ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        _install(app, qt_own)
    return True


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def remove_translators(app: QCoreApplication) -> None:
    """Take back every catalogue ``install_translators`` installed: the source's English again."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.setParent(None)  # no longer the app's: collected with its wrapper


def use_language(language: str) -> None:
    """The OS's locale when it speaks the UI language (its country's conventions), else the
    language's own. By name: the system locale itself may mix LANGUAGE's language with
    LC_TIME's C-locale month names."""
    system = QLocale(QLocale.system().name())
    same = QLocale(language).language() == system.language()
    QLocale.setDefault(system if same else QLocale(language))
