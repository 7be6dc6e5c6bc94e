"""Text made outside the UI, in the UI's language: what ``api/`` and ``core/`` marked with
``texts.QT_TRANSLATE_NOOP`` (validation problems, MailUp codes' meanings and hints, keyring
explanations…) and the reasons email-validator gives for a wrong address.

``translated`` looks a text up as it is; failing that, it matches it against the marked
templates with ``{placeholders}``, translates the template and fills in the values, translated
too (a validation problem may carry an email-validator reason). Text that nobody marked —
MailUp's own messages, file names, network errors — stays as it is. api/ and core/ keep their
English (the sandbox answers with it): the UI translates where it shows their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..texts import QT_TRANSLATE_NOOP, marked

if TYPE_CHECKING:
    from ..api.validation import Problem

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

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_LETTER = re.compile(r"[^\W\d_]")
_DEPTH = 3  # values inside values inside values: deeper than any marked text nests

# (template, context, pattern, literal text has letters), most specific first; rebuilt when
# more templates were marked (a function's text is marked when it first runs).
_patterns: list[tuple[str, str, re.Pattern[str], bool]] = []
_patterns_of = -1


def translated(text: str | None) -> str:
    """``text`` in the UI's language when api/, core/ or email-validator made it, else as it is."""
    return _translated(text or "", _DEPTH)


def translated_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Validation problems with their messages in the UI's language (for a pane's list)."""
    return [replace(problem, message=translated(problem.message)) for problem in problems]


def _translated(text: str, depth: int) -> str:
    templates = marked()
    context = templates.get(text)
    if context is not None:
        return QCoreApplication.translate(context, text)
    if not text or depth == 0:
        return text
    if "\n" in text:  # several reasons, one a line (a header's, an address field's)
        return "\n".join(_translated(line, depth) for line in text.split("\n"))
    for template, context, pattern, worded in _templates_with_values():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = {name: _translated(value, depth - 1) for name, value in match.groupdict().items()}
        if not worded and values == match.groupdict():
            continue  # "{field}: {message}" alone says nothing about text that is not ours
        try:
            return QCoreApplication.translate(context, template).format(**values)
        except (KeyError, IndexError, ValueError):
            return text  # a translation with a broken placeholder: the English, not a crash
    return text


def _templates_with_values() -> list[tuple[str, str, re.Pattern[str], bool]]:
    global _patterns, _patterns_of
    templates = marked()
    if len(templates) != _patterns_of:
        found = [
            (template, context)
            for template, context in list(templates.items())
            if _PLACEHOLDER.search(template)
        ]
        # The longest fixed text first: "{field}: {message} (and {count} more)" before
        # "{field}: {message}", which would take the whole of it as the message.
        found.sort(key=lambda item: -len(_PLACEHOLDER.sub("", item[0])))
        _patterns = [
            (
                template,
                context,
                _pattern(template),
                bool(_LETTER.search(_PLACEHOLDER.sub("", template))),
            )
            for template, context in found
        ]
        _patterns_of = len(templates)
    return _patterns


def _pattern(template: str) -> re.Pattern[str]:
    parts, seen, position = [], set(), 0
    for placeholder in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[position : placeholder.start()]))
        name = placeholder.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        position = placeholder.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)
