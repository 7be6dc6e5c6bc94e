"""The registry of last known user states and the diff between two ListUserInfo answers."""

from datetime import UTC, datetime, timedelta

from mailup_gui.api.dto import UserInfo
from mailup_gui.api.userstatus import UserState, UserStatus
from mailup_gui.core.account.profiles import Profile
from mailup_gui.core.users.changes import Snapshot, Transition, transitions
from mailup_gui.core.users.states import KnownUserStates

T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
T1 = T0 + timedelta(minutes=1)
ACTIVE = UserStatus(UserState.ACTIVE)


def user(name="s10000_1", **members) -> UserInfo:
    return UserInfo(username=name, **members)


def test_first_answer_has_no_transitions_and_a_change_has_one():
    states = KnownUserStates()
    assert states.update("p", [user(), user("s10000_2")], T0) == []
    changes = states.update("p", [user(admin_block=True), user("s10000_2")], T1)
    assert changes == [Transition("s10000_1", ACTIVE, UserStatus(UserState.ADMIN_BLOCKED))]
    assert states.update("p", [user(admin_block=True), user("s10000_2")], T1) == []


def test_block_running_out_between_answers_is_a_change_back_to_active():
    until = T0 + timedelta(seconds=30)
    previous = Snapshot.of([user(block_until=until)], T0)
    current = Snapshot.of([user(block_until=until)], T1)  # same data, judged after the end
    assert transitions(previous, current) == [
        Transition("s10000_1", UserStatus(UserState.BLOCKED_UNTIL, until), ACTIVE)
    ]


def test_an_extended_block_is_a_change_and_a_new_user_is_not():
    first, later = T0 + timedelta(hours=1), T0 + timedelta(hours=5)
    previous = Snapshot.of([user(block_until=first)], T0)
    current = Snapshot.of([user(block_until=later), user("s10000_9")], T1)
    changes = transitions(previous, current)
    assert [(c.username, c.old.until, c.new.until) for c in changes] == [("s10000_1", first, later)]


def test_a_user_no_longer_listed_is_a_change_to_none():
    changes = transitions(Snapshot.of([user(), user("s10000_5")], T0), Snapshot.of([user()], T1))
    assert changes == [Transition("s10000_5", ACTIVE, None)]


def test_usernames_compare_without_case():
    changes = transitions(
        Snapshot.of([user("S10000_1")], T0), Snapshot.of([user("s10000_1", is_enabled=False)], T1)
    )
    assert [(c.old.state, c.new.state) for c in changes] == [(UserState.ACTIVE, UserState.DISABLED)]


def test_own_status_finds_the_profile_user_case_insensitively_and_judges_it_now():
    states = KnownUserStates()
    profile = Profile(name="Acme", username="S10000_1")
    assert states.own_status(profile) is None
    until = T0 + timedelta(hours=1)
    states.update(profile.id, [user(block_until=until)], T0)
    assert states.own_status(profile, T0) == UserStatus(UserState.BLOCKED_UNTIL, until)
    assert states.own_status(profile, until + timedelta(seconds=1)) == ACTIVE
    other = Profile(name="Other", username="s10000_1")
    assert states.own_status(other) is None  # answers are kept per profile
    assert states.snapshot(profile.id).fetched_at == T0
