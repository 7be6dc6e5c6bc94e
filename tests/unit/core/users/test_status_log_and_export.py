"""The local status log (JSON lines) and the CSV export of the dashboard."""

import csv
import io
import json
import random
from datetime import UTC, datetime, timedelta

from mailup_gui.api.dto import UserInfo
from mailup_gui.api.userstatus import UserState, UserStatus
from mailup_gui.core.account.profiles import Profile
from mailup_gui.core.users.changes import Transition
from mailup_gui.core.users.export import HEADER, users_csv, write_users_csv
from mailup_gui.core.users.status_log import NOT_LISTED, StatusLog

AT = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
UNTIL = AT + timedelta(days=2)


def test_one_line_per_transition_read_back(app_home):
    log = StatusLog()
    profile = Profile(name="Acme", username="s10000_1")
    log.append(
        profile,
        [
            Transition(
                "s10000_1", UserStatus(UserState.ACTIVE), UserStatus(UserState.BLOCKED_UNTIL, UNTIL)
            ),
            Transition("s10000_5", UserStatus(UserState.DISABLED), None),
        ],
        AT,
    )
    log.append(profile, [], AT)  # nothing changed: nothing written
    assert log.path.parent == app_home / "data"
    assert len(log.path.read_text().splitlines()) == 2
    first, second = log.entries()
    assert (first.profile, first.profile_id, first.username) == ("Acme", profile.id, "s10000_1")
    assert (first.old, first.new, first.new_until) == ("active", "blocked until", UNTIL.isoformat())
    assert first.at == "2026-06-01T12:00:00+00:00"
    assert (second.old, second.new) == ("disabled", NOT_LISTED)


def test_a_damaged_line_is_skipped_not_fatal(app_home):
    log = StatusLog()
    log.path.parent.mkdir(parents=True)
    good = {"at": "x", "profile_id": "p", "profile": "A", "username": "u", "old": "a", "new": "b"}
    log.path.write_text(json.dumps(good) + '\n{"cut in the mid\n')
    assert [entry.username for entry in log.entries()] == ["u"]


def test_damaged_bytes_are_skipped_and_the_log_goes_on(app_home):
    # Not a JSON-lines file any more (random bytes, not UTF-8), then cut short: entries()
    # keeps what it can read, and new changes are still appended.
    log = StatusLog()
    log.path.parent.mkdir(parents=True)
    good = {"at": "x", "profile_id": "p", "profile": "A", "username": "u", "old": "a", "new": "b"}
    garbage = random.Random(3).randbytes(3000)
    log.path.write_bytes(garbage + b"\n" + json.dumps(good).encode() + b'\n{"cut')
    assert [entry.username for entry in log.entries()] == ["u"]
    changed = Transition("s10000_4", UserStatus(UserState.ACTIVE), None)
    log.append(Profile(name="Acme", username="s10000_4"), [changed], AT)
    assert [entry.username for entry in log.entries()] == ["u", "s10000_4"]


def test_csv_has_every_field_and_the_status(tmp_path):
    users = [
        UserInfo(
            "s10000_2",
            id_console=10000,
            id_list=1,
            priority=3,
            note="Quota exceeded",
            domain_list="example.com",
            sender_list="support@example.com",
            creation_date=AT,
            update_date=AT,
            block_until=UNTIL,
        ),
        UserInfo("s10000_4", is_enabled=False),
    ]
    path = tmp_path / "users.csv"
    write_users_csv(path, users, AT)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == HEADER
    assert rows[1] == [
        "s10000_2",
        "blocked until",
        UNTIL.isoformat(),
        "3",
        "example.com",
        "support@example.com",
        "Quota exceeded",
        AT.isoformat(),
        AT.isoformat(),
        "10000",
        "1",
    ]
    assert rows[2][:3] == ["s10000_4", "disabled", ""]


def test_csv_cells_cannot_become_spreadsheet_formulas():
    text = users_csv([UserInfo("s1_1", note='=HYPERLINK("http://evil")')], AT).decode("utf-8-sig")
    note = list(csv.reader(io.StringIO(text)))[1][6]
    assert note.startswith("'=")
