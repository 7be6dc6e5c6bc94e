"""Texts from api/ and core/ shown in the UI's language: the UI translates a marked text's source
with Qt's catalogue and fills in its values there, each translated the same way."""

import ast
import inspect
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from mailup_gui.api.dto import EmailAddress, Message
from mailup_gui.api.errors import InvalidRequestError, MailUpApiError
from mailup_gui.api.validation import validate_request
from mailup_gui.core.message.draft import Draft, build_message
from mailup_gui.core.message.merge_data import MergeDataError, read_set
from mailup_gui.core.send.journal import Journal, entry_for_attempt
from mailup_gui.core.send.kind import SendKind
from mailup_gui.core.send.result import Failure, Outcome
from mailup_gui.texts import QT_TRANSLATE_NOOP
from mailup_gui.ui import core_texts
from mailup_gui.ui.core_texts import translated, translated_problems
from mailup_gui.ui.describe import error_html
from mailup_gui.ui.i18n import install_translators, remove_translators


@pytest.fixture
def italian(qapp, translations_built):
    install_translators(qapp, "it")
    yield
    remove_translators(qapp)


@pytest.fixture
def catalogue(qapp, tmp_path):
    """A catalogue of our own, compiled by lrelease: for texts the app's catalogue lacks."""
    installed: list[QTranslator] = []

    def install(messages: dict[str, str]) -> None:
        entries = "".join(
            f"<message><source>{source}</source><translation>{text}</translation></message>"
            for source, text in messages.items()
        )
        ts = tmp_path / "test_it.ts"
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="it">'
            f"<context><name>core</name>{entries}</context></TS>",
            encoding="utf-8",
        )
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        qm = tmp_path / "test_it.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator(qapp)
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.setParent(None)


def test_a_problem_shows_in_italian_with_its_values(italian):
    problems = validate_request(Message(from_=EmailAddress("support@"), to=[EmailAddress("x@")]))
    shown = {problem.field: problem.message for problem in translated_problems(problems)}
    # The email-validator reason (a value) is translated too.
    assert (
        shown["To[0].Email"] == "Dopo il simbolo @ deve esserci qualcosa. Correggilo o rimuovilo."
    )
    assert shown["From.Email"] == (
        "Dopo il simbolo @ deve esserci qualcosa. Correggi l'indirizzo del mittente."
    )
    assert problems[0].message.startswith("There must be")  # core keeps its English


def test_nested_values_are_translated_at_every_level(italian, tmp_path):
    path = tmp_path / "set.csv"
    path.write_text("tag,value\n,Mario\n", encoding="utf-8")
    with pytest.raises(MergeDataError) as caught:
        read_set(path)
    assert translated(str(caught.value)) == "“set.csv”: Riga 2: il campo è vuoto."


def test_errors_show_in_italian(italian):
    problems = validate_request(Message(from_=EmailAddress("a@example.com"), to=[]))
    shown = error_html(InvalidRequestError(problems))
    assert shown.startswith("<b>I destinatari: ")  # the field in words, in Italian
    assert "Non è stato inviato nulla" in shown
    assert error_html(MailUpApiError(500, None, None)) == (
        "<b>HTTP 500: nessun messaggio</b><br>"
        "MailUp ha avuto un problema interno. Riprova tra qualche minuto."
    )
    blocked = MailUpApiError(403, "105", "User is blocked")  # no date in MailUp's message
    assert translated(blocked.hint).startswith(
        "Questo utente SMTP+ è bloccato fino al giorno indicato da MailUp."
    )


def test_an_email_validator_reason_with_its_characters(italian):
    reason = "The email address contains invalid characters before the @-sign: SPACE."
    assert translated(reason) == (
        "L'indirizzo email contiene caratteri non validi prima del simbolo @: SPACE."
    )
    assert translated("Anything MailUp says.") == "Anything MailUp says."


def test_a_journal_entry_shows_in_italian_in_a_later_session(italian, tmp_path):
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    entry_id = journal.record(
        entry_for_attempt(
            profile_id="p1",
            profile_name="Acme",
            endpoint="https://send.mailup.com/API/v2.0/",
            method=SendKind.MESSAGE,
            request=build_message(Draft(subject="Hi")).message,
            username="s10000_1",
            draft=Draft(subject="Hi"),
            outcome=Outcome.ERROR,
            answer=Failure.of(MailUpApiError(500, None, None)),
            duration_ms=3,
        )
    )
    journal.close()
    entry = Journal(path).get(entry_id)
    assert translated(entry.message) == "HTTP 500: nessun messaggio"
    assert translated(entry.hint).startswith("MailUp ha avuto un problema interno.")


def test_a_new_core_text_is_translated_without_touching_the_ui(catalogue):
    catalogue(
        {
            "{who} has a brand-new problem in {where}.": "{who} ha un problema nuovo in {where}.",
            "the engine room": "sala macchine",
        }
    )
    # As core would write it: no list of texts in the UI to update.
    text = QT_TRANSLATE_NOOP("core", "{who} has a brand-new problem in {where}.").format(
        who="Mario", where=QT_TRANSLATE_NOOP("core", "the engine room")
    )
    assert text == "Mario has a brand-new problem in the engine room."
    assert translated(text) == "Mario ha un problema nuovo in sala macchine."


def test_a_translation_with_a_broken_placeholder_shows_the_english(catalogue):
    catalogue({"Line {line} is wrong.": "La riga {riga} è sbagliata."})
    text = QT_TRANSLATE_NOOP("core", "Line {line} is wrong.").format(line=4)
    assert translated(text) == "Line 4 is wrong."


def test_english_is_not_matched_back_to_a_text(italian):
    filled = MailUpApiError(500, None, None).summary
    assert translated(filled) == "HTTP 500: nessun messaggio"
    assert translated(str.__str__(filled)) == "HTTP 500: no message"  # plain English stays
    imported = {
        alias.name
        for node in ast.walk(ast.parse(inspect.getsource(core_texts)))
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert "re" not in imported  # no regular expressions left to match texts back
