"""The UI language: chosen from the settings or the OS, and an Italian main window when chosen;
the Italian catalogue complete, well-formed and up to date with the code."""

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from mailup_gui.ui.i18n import (
    available_languages,
    choose_language,
    install_translators,
    remove_translators,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "mailup_gui_it.ts"
PLURALS = ROOT / "resources" / "translations" / "mailup_gui_en.ts"  # English plural forms
PLACEHOLDER = re.compile(r"\{\w+\}")
# The rich-text tags the app's texts use (not "<body>" or "<name@example.com>" in prose).
TAG = re.compile(r"</?(?:a|b|i|br|code|h\d|li|p|span|table|td|th|tr|ul)\b[^>]*>")
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\w)")


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
    remove_translators(qapp)  # back to no catalogue, as tests start


def test_italian_is_available_once_built(translations_built):
    assert "it" in available_languages()


def test_english_installs_only_its_plural_forms(qapp, translations_built):
    assert install_translators(qapp, "en") == "en"
    try:
        assert len(qapp.findChildren(QTranslator)) == 1
        one, two = (
            QCoreApplication.translate("AddressField", "%n recipient(s)", "", n) for n in (1, 2)
        )
        assert (one, two) == ("1 recipient", "2 recipients")
        assert QCoreApplication.translate("EnvelopeForm", "To") == "To"  # the rest: the source
    finally:
        remove_translators(qapp)  # back to no catalogue, as tests start


def test_every_plural_has_its_english_forms_and_no_other_text():
    problems = []
    for context, source, translation in messages(PLURALS):
        forms = translations_of(translation)
        if translation.get("type") or len(forms) != 2 or any("(s)" in form for form in forms):
            problems.append(f"{context}: {source!r} -> {forms}")
    assert not problems, "\n".join(problems)
    assert all(message.get("numerus") == "yes" for message in ET.parse(PLURALS).iter("message"))


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


# ----- the catalogue -----------------------------------------------------------------------
def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    return [
        (context.findtext("name") or "", message.findtext("source"), message.find("translation"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    ]


def translations_of(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_message_has_a_complete_italian_translation():
    problems = []
    for context, source, translation in messages(CATALOGUE):
        where = f"{context}: {source!r}"
        texts = translations_of(translation)
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        if translation.find("numerusform") is not None and len(texts) != 2:
            problems.append(f"{where} needs both Italian plural forms")  # nplurals=2 (n != 1)
        for text in texts:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
                continue
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if "%n" in source and "%n" not in text:
                problems.append(f"{where}: %n missing in {text!r}")
            if Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
                problems.append(f"{where}: rich-text tags differ in {text!r}")
            if text.count("\n") != source.count("\n"):
                problems.append(f"{where}: line breaks differ in {text!r}")
            if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                problems.append(f"{where}: the &-mnemonic is missing or doubled in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path):
    """lupdate over the code adds nothing untranslated and finds nothing gone.

    When this fails, a user-visible string was added or changed without its Italian: run
    packaging/update_translations.sh, translate the new entries (no type="unfinished" left) and
    commit resources/translations/mailup_gui_it.ts."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate (PySide6-Essentials) is not beside this interpreter"
    copy, plurals = tmp_path / CATALOGUE.name, tmp_path / PLURALS.name
    shutil.copy(CATALOGUE, copy)
    shutil.copy(PLURALS, plurals)
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "update_translations.sh")],
        check=True,
        capture_output=True,
        env=dict(
            os.environ,
            PYSIDE_BIN=str(Path(lupdate).parent),
            TS_FILE=str(copy),
            EN_TS_FILE=str(plurals),
        ),
    )
    untranslated_plurals = [
        f"{context}: {source!r}"
        for context, source, translation in messages(plurals)
        if translation.get("type") == "unfinished"
    ]
    assert not untranslated_plurals, (
        "English plural forms missing in mailup_gui_en.ts:\n" + "\n".join(untranslated_plurals)
    )
    updated = messages(copy)
    untranslated = [
        f"{context}: {source!r}"
        for context, source, translation in updated
        if translation.get("type") == "unfinished"
    ]
    assert not untranslated, (
        "not translated yet (run packaging/update_translations.sh):\n" + "\n".join(untranslated)
    )
    gone = {(c, s) for c, s, _ in messages(CATALOGUE)} - {(c, s) for c, s, _ in updated}
    assert not gone, f"no longer in the code (run packaging/update_translations.sh): {gone}"


# ----- an Italian start --------------------------------------------------------------------
ITALIAN_START = """
import json, sys
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from mailup_gui.api.errors import MailUpApiError
from mailup_gui.core.message.draft import Draft
from mailup_gui.core.account.profiles import ProfileStore
from mailup_gui.core.storage.settings import SettingsStore
from mailup_gui.ui.context import AppContext
from mailup_gui.ui.describe import error_html
from mailup_gui.ui.i18n import install_translators
from mailup_gui.ui.main_window import MainWindow

settings = SettingsStore()
language = install_translators(app, settings.value.language)  # as app.main() does
profiles = ProfileStore()
profiles.set_active(profiles.ensure_sandbox().id)
window = MainWindow(AppContext.create(profiles, settings))
window.show()
form = window.compose.form
print(json.dumps({
    "language": language,
    "menus": [action.text() for action in window.menuBar().actions()],
    "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
    "compose": [button.text() for button in (form.new_button, form.drafts_button,
                                             form.inspect_button, form.send_button)],
    "code_104": error_html(MailUpApiError(403, "104", "User is blocked")),
    "confirmation": window.compose.controller.confirmation(
        profiles.active, Draft(subject="Ciao", to="a@example.com, b@example.com")
    )[0].text(),
}))
"""


def test_the_app_starts_in_italian_when_the_os_speaks_it(app_home, translations_built):
    # A process of its own: Qt reads the OS language (LANGUAGE here) once per process.
    result = subprocess.run(
        [sys.executable, "-c", ITALIAN_START],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, LANGUAGE="it"),
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["language"] == "it"
    assert shown["menus"] == ["&File", "&Visualizza", "&Aiuto"]
    assert shown["tabs"] == ["Scrivi", "Modelli", "Dashboard", "Posta in uscita", "Registro invii"]
    assert shown["compose"] == ["Nuo&vo", "&Bozze…", "&Ispeziona richiesta…", "Invia"]
    # MailUp's own message stays as MailUp wrote it; the app's words around it are Italian.
    assert shown["code_104"].startswith("<b>HTTP 403, codice 104: User is blocked</b><br>")
    assert "Solo l&#x27;assistenza MailUp può rimuovere il blocco" in shown["code_104"]
    assert shown["confirmation"].startswith("Inviare “Ciao” a <b>2 destinatari</b>?<br>Profilo:")
