"""Reading a value from a hand-editable JSON file as its field's type: as meant, or not at all.

A value merely written differently is read as meant (``"2525"`` is 2525, ``"true"`` is true);
anything else raises ``Unreadable``, so that the caller keeps the file aside rather than
putting a default in its place (a default can remove a safeguard: ``production``).
"""

from __future__ import annotations

import re

_INTEGER = re.compile(r"^\s*[+-]?\d+\s*$")
_TRUTH = {"true": True, "false": False}


class Unreadable(ValueError):
    """A stored value that is not of its field's type, even written differently."""


def read_as(value: object, wanted: type) -> object:
    """``value`` as a ``wanted`` (bool, int, str, …)."""
    if wanted is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUTH:
            return _TRUTH[value.strip().lower()]
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
    elif wanted is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and _INTEGER.match(value):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
    elif isinstance(value, wanted):
        return value
    raise Unreadable(f"{value!r} is not a {wanted.__name__}")
