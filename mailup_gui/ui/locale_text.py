"""Dates, times and numbers as the UI's language writes them, e.g. ``4 dic 2026 14:00`` in
Italian, ``4 Dec 2026 2:00 PM`` in (US) English: QLocale, never strftime's C-locale English.

They write in Qt's default locale, which ``i18n.use_language`` makes the UI language's, so that
they and Qt's own widgets (date editors, spin boxes) agree; core/ and api/ hand over datetimes
and plain numbers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

if TYPE_CHECKING:  # the window's first paint needs none of datetime
    from datetime import datetime

_DATE = "d MMM yyyy"  # day, abbreviated month name, year: never ambiguous between 4/12 and 12/4
_ZONE = re.compile(r"\s*\bt+\b")  # the zone in a long time format: the app shows local time


def _time_format(seconds: bool) -> str:
    kind = QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat
    return _ZONE.sub("", QLocale().timeFormat(kind)).strip()


def _qt(when: datetime) -> QDateTime:
    local = when.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )


def date_time_text(when: datetime, *, seconds: bool = False) -> str:
    """A moment in the user's time zone: date and time."""
    return QLocale().toString(_qt(when), f"{_DATE} {_time_format(seconds)}")


def time_text(when: datetime) -> str:
    """Only the clock, with seconds, in the user's time zone."""
    return QLocale().toString(_qt(when).time(), _time_format(seconds=True))


def number_text(value: float, decimals: int = 0) -> str:
    """A number with the language's decimal and group separators."""
    return QLocale().toString(float(value), "f", decimals)
