"""The dashboard's two requests, run on its worker thread: every user of the List, or one user.

Imports httpx (through ``connection``): load it from inside the worker, never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ...api.dto import UserInfo
from ..account.connection import open_client, secret_for
from ..account.profiles import Profile
from ..account.secrets import SecretStore
from .changes import Transition
from .states import KnownUserStates
from .status_log import StatusLog


@dataclass(frozen=True)
class PollResult:
    profile: Profile
    users: list[UserInfo]
    transitions: list[Transition]
    fetched_at: datetime


def poll_users(
    profile: Profile,
    secrets: SecretStore,
    sandbox_url: str | None,
    states: KnownUserStates,
    log: StatusLog,
) -> PollResult:
    """Ask ListUserInfo for every user, remember the answer and log what changed."""
    with open_client(profile, secret_for(profile, secrets), sandbox_url) as client:
        users = client.list_user_info()
    fetched_at = datetime.now(UTC)
    changes = states.update(profile.id, users, fetched_at)
    log.append(profile, changes, fetched_at)
    return PollResult(profile, users, changes, fetched_at)


def look_up_user(
    profile: Profile, secrets: SecretStore, sandbox_url: str | None, username: str
) -> UserInfo | None:
    """One user of the profile's List, or None when MailUp does not list it."""
    with open_client(profile, secret_for(profile, secrets), sandbox_url) as client:
        users = client.list_user_info(username)
    wanted = username.casefold()
    return next((user for user in users if user.username.casefold() == wanted), None)
