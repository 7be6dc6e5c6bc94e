"""Opening a MailUp client for a profile, and the profile's "Test connection"."""

from __future__ import annotations

from dataclasses import dataclass

from ...api.client import MailUpClient
from ...api.dto import UserInfo
from ...api.userstatus import UserStatus, user_status
from ...texts import QT_TRANSLATE_NOOP
from .profiles import SANDBOX_DEMO_SECRET, Endpoint, Profile
from .secrets import SecretStore


class SecretMissing(Exception):
    """The profile has no secret stored (or the keyring cannot give it now)."""

    def __init__(self, profile: Profile) -> None:
        # The profile not named: its name is often a customer's, and this error shows in
        # banners and the journal while the screen may be shared.
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "No SMTP+ secret is stored for this profile. Enter it in Profiles "
                "(File ▸ Profiles…).",
            )
        )
        self.profile = profile


class EndpointNotReady(Exception):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("core", "The local sandbox is still starting. Try again in a moment.")
        )


def secret_for(profile: Profile, secrets: SecretStore) -> str:
    secret = secrets.get(profile.id)
    if secret is None and profile.endpoint is Endpoint.SANDBOX:
        secret = SANDBOX_DEMO_SECRET  # the sandbox's public demo credentials
    if secret is None:
        raise SecretMissing(profile)
    return secret


def open_client(profile: Profile, secret: str, sandbox_url: str | None) -> MailUpClient:
    base_url = profile.base_url(sandbox_url)
    if base_url is None:
        raise EndpointNotReady()
    return MailUpClient(base_url, profile.username, secret)


@dataclass(frozen=True)
class ConnectionReport:
    user: UserInfo
    status: UserStatus


def check_connection(profile: Profile, secret: str, sandbox_url: str | None) -> ConnectionReport:
    """Ask ListUserInfo about the profile's own user. Raises MailUpError and friends."""
    with open_client(profile, secret, sandbox_url) as client:
        users = client.list_user_info(profile.username)
    own = next((u for u in users if u.username.lower() == profile.username.lower()), None)
    if own is None:
        raise LookupError(
            QT_TRANSLATE_NOOP(
                "core",
                "MailUp accepted the credentials but did not list {user}. Check the "
                "username in the MailUp console.",
            ).format(user=profile.username)
        )
    return ConnectionReport(own, user_status(own))


def check_profile(
    profile: Profile, secrets: SecretStore, sandbox_url: str | None, typed_secret: str = ""
) -> ConnectionReport:
    """Test connection with the secret just typed, else the stored one."""
    return check_connection(profile, typed_secret or secret_for(profile, secrets), sandbox_url)
