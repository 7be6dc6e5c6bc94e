"""Text made outside the UI, in the UI's language: what ``api/`` and ``core/`` marked with
``texts.QT_TRANSLATE_NOOP`` (validation problems, MailUp codes' meanings and hints, keyring
explanations…) and the reasons email-validator gives for a wrong address.

A marked text is a ``texts.Text``: it knows its context, its English source and the values
filled in. ``translated`` looks the source up in Qt's catalogue and fills in the values there,
each translated the same way. Text that nobody marked (MailUp's own messages, file names,
network errors) stays as it is. api/ and core/ keep their English (the sandbox answers with it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from ..api.problem import Problem

# email-validator's reasons (syntax only: the app never asks DNS), as the user meets them when
# typing addresses. Its other reasons stay in English.
EMAIL_VALIDATOR = (
    QT_TRANSLATE_NOOP("EmailValidator", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("EmailValidator", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The part after the @-sign is not valid. It should have a period."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The part after the @-sign is not valid. It is not within a valid top-level domain.",
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot start with a period."),
    QT_TRANSLATE_NOOP("EmailValidator", "An email address cannot end with a period."),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a period immediately before the @-sign."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a period immediately after the @-sign."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a hyphen immediately after the @-sign."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "An email address cannot have a period and a hyphen next to each other."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "The email address contains an invalid character."),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The email address contains invalid characters before the @-sign: {chars}.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "The part after the @-sign contains invalid characters: {chars}."
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "The part after the @-sign is a special-use or reserved name that cannot be "
        "used with email.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailValidator", "A bracketed IP address after the @-sign is not allowed here."
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "Quoting the part before the @-sign is not allowed here."),
    QT_TRANSLATE_NOOP(
        "EmailValidator",
        "A display name and angle brackets around the email address are not permitted here.",
    ),
    QT_TRANSLATE_NOOP("EmailValidator", "There can't be anything after the email address."),
)

# email-validator's reasons are not our texts: the library gives plain English, looked up here as
# it is. The two that name the characters found are matched, narrowly, on the fixed text before
# and after ``{chars}``; our own texts are never matched back, they carry their source.
_REASONS = {str.__str__(reason): reason for reason in EMAIL_VALIDATOR if "{" not in reason}
_REASONS_WITH_CHARS = [
    (reason, *reason.source.split("{chars}")) for reason in EMAIL_VALIDATOR if "{" in reason
]


def translated(text: str | None) -> str:
    """``text`` in the UI's language when api/, core/ or email-validator made it, else as it is."""
    if isinstance(text, Text):
        return _translated(text)
    return _translated_reason(text or "")


def translated_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Validation problems with their messages in the UI's language (for a pane's list)."""
    return [replace(problem, message=translated(problem.message)) for problem in problems]


def _translated(text: Text) -> str:
    translation = QCoreApplication.translate(text.context, text.source)
    if text.values is None:
        return translation
    values = {
        name: translated(value) if isinstance(value, str) else value
        for name, value in text.values.items()
    }
    try:
        return translation.format(**values)
    except (KeyError, IndexError, ValueError):
        return str.__str__(text)  # a translation with a broken placeholder: the English


def _translated_reason(text: str) -> str:
    """An email-validator reason in the UI's language; any other text as it is."""
    reason = _REASONS.get(text)
    if reason is not None:
        return _translated(reason)
    for reason, before, after in _REASONS_WITH_CHARS:
        chars = text[len(before) : len(text) - len(after)]
        if chars and text.startswith(before) and text.endswith(after):
            return _translated(reason.format(chars=chars))
    return text
