"""Marked texts from api/ and core/: English strings everywhere, that keep their source and
values on the way to the UI (which translates them: tests/ui/test_core_texts.py)."""

import copy
import dataclasses
import json
import pickle
import sqlite3

import msgspec
import pytest

from mailup_gui.api.dto import EmailAddress, Message
from mailup_gui.api.errors import CODES, InvalidRequestError, MailUpApiError
from mailup_gui.api.problem import Problem
from mailup_gui.api.validation import validate_request
from mailup_gui.core.account.secrets import SecretStore
from mailup_gui.core.message.draft import Draft, build_message
from mailup_gui.core.message.merge_data import MergeDataError, read_set
from mailup_gui.core.send.journal import Journal, entry_for_attempt
from mailup_gui.core.send.kind import SendKind
from mailup_gui.core.send.request_files import RequestFileError, open_request_json
from mailup_gui.core.send.result import Failure, Outcome
from mailup_gui.texts import QT_TRANSLATE_NOOP, Text, as_data, from_data


def filled() -> Text:
    return QT_TRANSLATE_NOOP("core", "{field}: {message}").format(
        field="To[0].Email", message=QT_TRANSLATE_NOOP("core", "Fill in the From address.")
    )


def test_a_marked_text_is_its_english_and_knows_its_source():
    text = filled()
    assert text == "To[0].Email: Fill in the From address."
    assert hash(text) == hash("To[0].Email: Fill in the From address.")
    assert (text.context, text.source) == ("core", "{field}: {message}")
    assert text.values["field"] == "To[0].Email"
    nested = text.values["message"]
    assert isinstance(nested, Text) and nested.values is None


def test_an_unfilled_text_is_its_source_even_with_braces():
    text = QT_TRANSLATE_NOOP("core", 'The file must hold one object: {"name": "…"}.')
    assert text == 'The file must hold one object: {"name": "…"}.' and text.values is None


def test_values_keep_numbers_and_take_an_errors_text():
    error = MergeDataError(QT_TRANSLATE_NOOP("core", "the tag is empty"))
    text = QT_TRANSLATE_NOOP("core", "Line {line}: {problem}").format(line=3, problem=error)
    assert text == "Line 3: the tag is empty"
    assert text.values["line"] == 3
    assert isinstance(text.values["problem"], Text)  # not the exception: its text


def test_placeholders_are_named():
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("core", "{0}").format("x")


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(str, id="str()"),
        pytest.param(lambda t: str(ValueError(t)), id="str(error)"),
        pytest.param(lambda t: f"{t}", id="f-string of it alone"),
        pytest.param(lambda t: "%s" % t, id="%s alone"),  # noqa: UP031 - the path under test
        pytest.param(lambda t: pickle.loads(pickle.dumps(t)), id="pickle"),
        pytest.param(copy.deepcopy, id="deepcopy"),
        pytest.param(
            lambda t: dataclasses.replace(Problem("To", "x"), message=t).message,
            id="dataclasses.replace",
        ),
        pytest.param(
            lambda t: from_data(json.loads(json.dumps(as_data(t))), "stored English"),
            id="as_data json round trip",
        ),
        pytest.param(
            lambda t: from_data(msgspec.json.decode(msgspec.json.encode(as_data(t))), ""),
            id="as_data msgspec round trip",
        ),
    ],
)
def test_the_structure_survives(path):
    text = filled()
    kept = path(text)
    assert isinstance(kept, Text) and kept == text
    assert (kept.source, kept.values["field"]) == (text.source, "To[0].Email")
    assert isinstance(kept.values["message"], Text)


def test_stored_data_that_no_longer_fits_its_source_gives_the_stored_english():
    data = as_data(filled())
    data["values"] = {"field": "To"}  # {message} missing
    assert from_data(data, "As stored") == "As stored"
    assert from_data("MailUp's own words", "ignored") == "MailUp's own words"


def test_english_stored_without_data_comes_back_as_the_marked_text():
    hint = from_data(None, str.__str__(CODES["104"].hint))
    assert isinstance(hint, Text) and hint.source == CODES["104"].hint
    assert type(from_data(None, "Anything else")) is str


def test_validation_problems_and_refusals_keep_their_values():
    message = Message(from_=None, to=[EmailAddress("x@")], subject="a\nb")
    problems = validate_request(message)
    recipient = next(p for p in problems if p.field == "To[0].Email")
    assert recipient.message.source == "{problem} Correct or remove it."
    assert recipient.message.values["problem"] == "There must be something after the @-sign."
    summary = InvalidRequestError(problems).summary
    assert isinstance(summary, Text) and isinstance(summary.values["message"], Text)
    draft_problems = build_message(Draft(to="Mario <mario@", subject="Hi")).problems
    address = next(p for p in draft_problems if p.field.startswith("To"))
    assert isinstance(address.message, Text) and address.message.values["text"] == "Mario <mario@"


def test_a_core_error_nests_its_texts(tmp_path):
    path = tmp_path / "set.csv"
    path.write_text("tag,value\n,Mario\n", encoding="utf-8")
    with pytest.raises(MergeDataError) as caught:
        read_set(path)
    text = str(caught.value)  # the UI shows str(error)
    assert text == "“set.csv”: Line 2: the tag is empty."
    where = text.values["problem"]  # "{where}: {problem}."
    assert where.values["where"].source == "Line {line}"
    assert where.values["problem"].source == "the tag is empty"


def test_type_words_are_joined_by_a_marked_text(tmp_path):
    path = tmp_path / "request.json"
    path.write_text('{"Subject": 3, "From": {"Email": "a@example.com"}}', encoding="utf-8")
    with pytest.raises(RequestFileError) as caught:
        open_request_json(path, tmp_path)
    problem = str(caught.value).values["problem"]
    assert problem.source == "{where} has the wrong type: it must be {expected}, not {got}"
    expected = problem.values["expected"]
    assert expected == "text or null" and expected.source == "{either} or {other}"
    assert expected.values["either"].source == "text"


def test_the_keyring_label_stays_a_text():
    # The autouse fixture installs keyring's 'fail' backend: the label is the marked "none".
    health = SecretStore().health()
    assert health.label == "none" and isinstance(health.label, Text)
    assert isinstance(health.problem, Text)


def test_the_journal_keeps_message_and_hint_with_their_source(tmp_path):
    path = tmp_path / "journal.sqlite3"
    error = MailUpApiError(500, None, None)  # summary "HTTP 500: no message", no MailUp text
    journal = Journal(path)
    entry_id = journal.record(_attempt(error))
    journal.close()
    entry = Journal(path).get(entry_id)
    assert entry.message == "HTTP 500: no message" and entry.message.source == error.summary.source
    assert isinstance(entry.message.values["message"], Text)
    assert entry.hint == error.hint and entry.hint.source == error.hint.source


def test_a_journal_from_before_texts_were_kept_opens_and_recalls_its_hints(tmp_path):
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    entry_id = journal.record(_attempt(MailUpApiError(403, "104", "User is blocked")))
    journal.close()
    with sqlite3.connect(path) as db:  # the row as the first release stored it
        db.execute("ALTER TABLE attempts DROP COLUMN texts")
    entry = Journal(path).get(entry_id)
    assert entry.message == "User is blocked" and not isinstance(entry.message, Text)
    assert isinstance(entry.hint, Text) and entry.hint.source == CODES["104"].hint


def _attempt(answer: Exception):
    return entry_for_attempt(
        profile_id="p1",
        profile_name="Acme",
        endpoint="https://send.mailup.com/API/v2.0/",
        method=SendKind.MESSAGE,
        request=build_message(Draft(to="a@example.com", subject="Hi")).message,
        username="s10000_1",
        draft=Draft(to="a@example.com", subject="Hi"),
        outcome=Outcome.ERROR,
        answer=Failure.of(answer),
        duration_ms=3,
    )
