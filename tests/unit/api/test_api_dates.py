"""Lenient reading of MailUp's dates and writing Schedule on the wire."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from mailup_gui.api.dates import find_datetime, format_local, parse_datetime, to_wire


def tz(hours: int = 0, minutes: int = 0) -> timezone:
    return timezone(timedelta(hours=hours, minutes=minutes))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-12T14:00:00Z", datetime(2026, 12, 12, 14, 0, tzinfo=UTC)),
        ("2026-12-12T14:00:00z", datetime(2026, 12, 12, 14, 0, tzinfo=UTC)),
        ("2026-12-12T14:00:00+01:00", datetime(2026, 12, 12, 14, 0, tzinfo=tz(1))),
        ("2026-12-12T14:00:00-05:30", datetime(2026, 12, 12, 14, 0, tzinfo=tz(-5, -30))),
        ("2026-12-12T14:00:00+0100", datetime(2026, 12, 12, 14, 0, tzinfo=tz(1))),
        ("2026-12-12T14:00:00-0330", datetime(2026, 12, 12, 14, 0, tzinfo=tz(-3, -30))),
        ("2026-12-12T14:00:00", datetime(2026, 12, 12, 14, 0, tzinfo=UTC)),
        ("2021-09-14T17:58+02:00", datetime(2021, 9, 14, 17, 58, tzinfo=tz(2))),
        ("2026-12-12T14:00", datetime(2026, 12, 12, 14, 0, tzinfo=UTC)),
        ("2026-12-12T14:00:00.1234567Z", datetime(2026, 12, 12, 14, 0, 0, 123456, tzinfo=UTC)),
        ("2026-12-12T14:00:00.1234567", datetime(2026, 12, 12, 14, 0, 0, 123456, tzinfo=UTC)),
        ("2026-12-12T14:00:00.5+01:00", datetime(2026, 12, 12, 14, 0, 0, 500000, tzinfo=tz(1))),
        ("2026-12-12 14:00:00", datetime(2026, 12, 12, 14, 0, tzinfo=UTC)),
        ("2026-12-12 14:00:00.123", datetime(2026, 12, 12, 14, 0, 0, 123000, tzinfo=UTC)),
        ("  2026-12-12 14:00:00  ", datetime(2026, 12, 12, 14, 0, tzinfo=UTC)),
        ("/Date(1700000000000)/", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("/Date(1700000000000+0100)/", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("/Date(1700000000000-0500)/", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("/Date(0)/", datetime(1970, 1, 1, tzinfo=UTC)),
    ],
)
def test_parse_datetime_formats(text, expected):
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.tzinfo is not None
    assert parsed.utcoffset() == expected.utcoffset()


def test_parse_keeps_the_given_offset_as_the_same_instant():
    assert parse_datetime("2026-12-12T14:00:00+01:00") == datetime(2026, 12, 12, 13, 0, tzinfo=UTC)
    assert parse_datetime("2026-12-12T14:00:00+0100") == parse_datetime("2026-12-12T13:00:00Z")


@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01T00:00:00",
        "0001-01-01T00:00:00Z",
        "0001-01-01 00:00:00",
        "0001-01-01T00:00:00.0000000",
        "/Date(-62135596800000)/",
    ],
)
def test_dotnet_minimum_means_no_date(value):
    assert parse_datetime(value) is None


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "garbage",
        "2026-13-45T00:00:00",
        "2026-12-12",
        "12/12/2026 14:00:00",
        "2026-12-12T14:00:00 trailing",
        "/Date(abc)/",
        True,
        False,
        [],
        {},
        object(),
    ],
)
def test_garbage_is_none(value):
    assert parse_datetime(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "2026-01-01T00:00:00+99:99",  # offset out of range
        "/Date(99999999999999999999)/",  # beyond year 9999
        10**20,
        float("nan"),
    ],
)
def test_out_of_range_values_are_garbage_too(value):
    # "None for empty, unparseable or .NET-minimum values": never an exception.
    assert parse_datetime(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1700000000000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (1700000000500.0, datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=UTC)),
        (0, datetime(1970, 1, 1, tzinfo=UTC)),
    ],
)
def test_epoch_milliseconds(value, expected):
    assert parse_datetime(value) == expected


def test_datetime_values_pass_through_and_naive_is_utc():
    aware = datetime(2026, 1, 1, 8, tzinfo=tz(2))
    assert parse_datetime(aware) is aware
    assert parse_datetime(datetime(2026, 1, 1, 8)) == datetime(2026, 1, 1, 8, tzinfo=UTC)
    assert parse_datetime(datetime(1, 1, 1)) is None


def test_find_datetime_in_a_sentence():
    assert find_datetime(
        "The user is blocked until 2026-12-12T14:00:00+01:00, contact support."
    ) == datetime(2026, 12, 12, 13, 0, tzinfo=UTC)
    found = find_datetime("Blocked until 2026-12-12 14:00 because of billing")
    assert found == datetime(2026, 12, 12, 14, 0, tzinfo=UTC)
    assert found.tzinfo is not None
    assert find_datetime("from 2026-01-01T00:00:00Z to 2026-02-01T00:00:00Z") == datetime(
        2026, 1, 1, tzinfo=UTC
    )
    assert find_datetime("The user is blocked until this date.") is None
    assert find_datetime("") is None


def test_format_local_is_readable():
    when = datetime(2026, 12, 12, 14, 0, tzinfo=UTC)
    assert format_local(when) == when.astimezone().strftime("%d %b %Y %H:%M")
    assert "2026" in format_local(when)


def test_to_wire_writes_iso_with_offset():
    assert to_wire(datetime(2026, 12, 1, 9, 30, tzinfo=tz(1))) == "2026-12-01T09:30:00+01:00"
    assert to_wire(datetime(2026, 12, 1, 9, 30, 15, 999, tzinfo=UTC)) == "2026-12-01T09:30:15+00:00"
    assert parse_datetime(to_wire(datetime(2026, 12, 1, 9, 30, tzinfo=tz(-3)))) == datetime(
        2026, 12, 1, 12, 30, tzinfo=UTC
    )


def test_to_wire_refuses_naive_datetimes():
    with pytest.raises(ValueError, match="time zone"):
        to_wire(datetime(2026, 12, 1, 9, 30))
