"""User-visible text made outside the UI: ``api/`` and ``core/`` stay Qt-free, so they only mark it.

``QT_TRANSLATE_NOOP("core", "…")`` returns the English text unchanged and notes it as a
template; pyside6-lupdate recognises the call and files the text under that context for the
translators. The UI translates such text where it shows it (``ui.core_texts.translated``),
also once ``{placeholders}`` were filled in with ``str.format``: the filled-in text is matched
back to its template. Everything else keeps the English: the sandbox, which answers as MailUp
does, the logs, and the hints the journal stores (translated when the Journal shows them).

A template is noted when its line runs: at import for module and class attributes (use those
for text that is stored and shown again in a later session, such as an error's hint), at the
first use for text inside a function, which is before the UI can be asked to show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_TEMPLATES: dict[str, str] = {}  # English text -> its context


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """``text`` as it is; noted for the UI's translation under ``context``."""
    if text not in _TEMPLATES:
        _TEMPLATES[text] = context
    return text


def marked() -> Mapping[str, str]:
    """Every template noted so far, with its context (a read-only live view)."""
    return _VIEW


_VIEW = MappingProxyType(_TEMPLATES)
