"""User-visible text made outside the UI: ``api/`` and ``core/`` stay Qt-free, so they only mark it.

``QT_TRANSLATE_NOOP("core", "…{name}…")`` returns a ``Text``: the English as an ordinary ``str``
(what the sandbox answers, the logs, exceptions and the journal hold) that also remembers its
context and source; pyside6-lupdate recognises the call and files the source under that context
for the translators. ``.format(name=value)`` fills the placeholders into a ``Text`` that keeps
the source and the values (a value may be a ``Text`` too), and the UI translates it with Qt's
catalogue where it shows it, then formats it there (``ui.core_texts.translated``).

The structure travels with the object. ``str(text)`` and ``str(error)`` of an exception made with
a ``Text`` keep it; anything that builds a new string from it (``+``, a longer f-string,
``str.join``, a JSON round trip) makes plain English. So join marked words with a marked text
(``"{either} or {other}"``), and translate each part in the UI before joining there. Text that is
stored and shown again in a later session is stored with ``as_data`` and rebuilt with
``from_data``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_SOURCES: dict[str, str] = {}  # English source -> its context, for text stored before Text


class Text(str):
    """English text that remembers how it was made: context, source and the values filled in
    (None when it has no placeholders filled)."""

    __slots__ = ("context", "source", "values")
    context: str
    source: str
    values: Mapping[str, Text | str | int | float] | None

    def __new__(cls, context: str, source: str, values: Mapping[str, object] | None = None) -> Text:
        kept = None if values is None else {name: _kept(value) for name, value in values.items()}
        self = super().__new__(cls, source if kept is None else source.format(**kept))
        self.context = context
        self.source = source
        self.values = kept
        return self

    def format(self, *args: object, **values: object) -> Text:
        """The text with ``{name}`` placeholders filled in, still knowing its source."""
        if args:
            raise TypeError("a marked text names its placeholders: {name}, not {} or {0}")
        return Text(self.context, self.source, {**(self.values or {}), **values})

    def __str__(self) -> Text:
        return self  # str(text), str(error) and "%s" keep the structure

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.source, self.values))


def _kept(value: object) -> Text | str | int | float:
    """A value as the text keeps it: numbers for format specs, anything else as its text
    (``str(error)`` of an exception made with a ``Text`` is that ``Text``)."""
    if isinstance(value, Text):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value)
    return text if isinstance(text, Text) else str.__str__(text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # the name lupdate knows
    """``text`` marked for the UI's translation under ``context``; English everywhere else."""
    _SOURCES.setdefault(text, context)
    return Text(context, text)


def as_data(text: str) -> str | dict[str, Any]:
    """``text`` as JSON-ready data: a ``Text``'s context, source and values, else the string."""
    if not isinstance(text, Text):
        return str.__str__(text)
    built: dict[str, Any] = {"context": text.context, "source": text.source}
    if text.values is not None:
        built["values"] = {
            name: as_data(value) if isinstance(value, str) else value
            for name, value in text.values.items()
        }
    return built


def from_data(data: object, english: str) -> str:
    """The text ``as_data`` gave, rebuilt; ``english`` (what was stored beside it) when the
    data no longer fits its source. Without data (a row stored before texts kept their source),
    English that a text marked at import has (an error's hint) comes back as that text."""
    if data is None:
        context = _SOURCES.get(english)
        return english if context is None else Text(context, english)
    if isinstance(data, str):
        return data
    try:
        return _rebuilt(data)
    except (AttributeError, KeyError, IndexError, ValueError, TypeError):
        return english


def _rebuilt(data: Any) -> Text:
    values = data.get("values")
    if values is None:
        return Text(str(data["context"]), str(data["source"]))
    return Text(
        str(data["context"]),
        str(data["source"]),
        {
            name: _rebuilt(value) if isinstance(value, dict) else value
            for name, value in dict(values).items()
        },
    )
