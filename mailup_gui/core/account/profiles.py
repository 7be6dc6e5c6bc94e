"""Profiles: which MailUp endpoint and SMTP+ user the app works as. Secrets are not here.

Stored as JSON in the user config dir with atomic writes. A profile's secret lives in the OS
keyring (``core.account.secrets``), keyed by the profile's id, never in this file.

A profile this version cannot read (an endpoint from a newer version, a production mark that is
neither true nor false) is never dropped or given defaults: the file is copied aside with the
damaged-files notice and the profile is left out until the copy is looked at. Values merely
written differently (``"2525"``, ``"true"``) are read as meant.
"""

from __future__ import annotations

import enum
import ipaddress
import os
import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import SplitResult, urlsplit

from ... import paths
from ...api.endpoints import PRODUCTION_BASE_URL, normalize_base_url
from ...set_aside import copy_aside
from ...texts import QT_TRANSLATE_NOOP
from ..storage.atomic import read_json_or_set_aside, write_json_atomic
from ..storage.damaged import DamagedFile, damaged_files
from ..storage.stored_values import Unreadable, read_as

USERNAME_PATTERN = re.compile(r"^s\d+_\d+$")
SANDBOX_DEMO_USERNAME = "s10000_1"
SANDBOX_DEMO_SECRET = "sandbox"  # public demo data of the sandbox, not a secret
SANDBOX_DEMO_FROM = "support@example.com"
DEFAULT_COLOUR = "#2f6fb2"
# MailUp's SMTP+ relay (mailup-api.md, "SMTP+ relay"): two hosts, port 25 or 1025-5000.
RELAY_HOSTS = ("fast.smtpok.com", "in.smtpok.com")
# 25 is the one port MailUp's documentation names, and SMTP's own; networks that block it
# (many home and cloud ones do) get a port in 1025-5000 instead, which the failure hint says.
DEFAULT_RELAY_PORT = 25
RELAY_PORT_RANGE = range(1025, 5001)
SmtpAddress = tuple[str, int]  # (host, port) of an SMTP listener, e.g. the embedded sandbox's


def new_profile_id() -> str:
    return os.urandom(16).hex()  # not uuid: its import costs start-up time


class Endpoint(enum.Enum):
    PRODUCTION = "production"
    SANDBOX = "sandbox"  # the sandbox embedded in the app, on a loopback port chosen at start
    CUSTOM = "custom"  # any base URL, e.g. a sandbox run with mailup-sandbox


@dataclass(frozen=True)
class Profile:
    name: str
    username: str
    endpoint: Endpoint = Endpoint.PRODUCTION
    custom_url: str = ""
    from_name: str = ""
    from_email: str = ""
    campaign_code: str = ""
    test_address: str = ""  # where "Send to myself" goes; empty: the From address
    colour: str = DEFAULT_COLOUR
    relay_host: str = RELAY_HOSTS[0]
    relay_port: int = DEFAULT_RELAY_PORT
    relay_starttls: bool = True  # honoured only for a loopback host: see relay_endpoint
    production: bool = False  # a custom URL that is a real account: the production rules apply
    id: str = field(default_factory=lambda: new_profile_id())

    @property
    def is_production(self) -> bool:
        """MailUp's own endpoint, or a custom URL marked as a real account."""
        if self.endpoint is Endpoint.CUSTOM:
            return self.production
        return self.endpoint is Endpoint.PRODUCTION

    def base_url(self, embedded_sandbox_url: str | None = None) -> str | None:
        """The API base URL; for the embedded sandbox, only once it is running."""
        if self.endpoint is Endpoint.PRODUCTION:
            return PRODUCTION_BASE_URL
        if self.endpoint is Endpoint.SANDBOX:
            return embedded_sandbox_url
        return normalize_base_url(self.custom_url)

    def endpoint_label(self, embedded_sandbox_url: str | None = None) -> str:
        """Where sends go, for people. Never the embedded sandbox's URL: its port changes at
        every start, so a profile built on it would break."""
        if self.endpoint is Endpoint.SANDBOX:
            if embedded_sandbox_url:
                return QT_TRANSLATE_NOOP("core", "Local sandbox")
            return QT_TRANSLATE_NOOP("core", "local sandbox (starting…)")
        return self.base_url() or ""

    def relay_endpoint(
        self, embedded_sandbox_smtp: SmtpAddress | None = None
    ) -> RelayEndpoint | None:
        """Where this profile's SMTP+ relay listens; for the embedded sandbox, its SMTP listener
        once it is running (None before), as ``base_url`` does for the API."""
        if self.endpoint is Endpoint.SANDBOX:
            if embedded_sandbox_smtp is None:
                return None
            host, port = embedded_sandbox_smtp
        else:
            host, port = self.relay_host.strip(), self.relay_port
        # STARTTLS may be relaxed only where nothing leaves the computer.
        return RelayEndpoint(host, port, self.relay_starttls or not is_loopback_host(host))


class RelayEndpoint(NamedTuple):
    """An SMTP+ relay to connect to, and whether STARTTLS is required there."""

    host: str
    port: int
    starttls: bool = True

    @property
    def loopback(self) -> bool:
        return is_loopback_host(self.host)

    @property
    def label(self) -> str:
        """``smtp://host:port`` as people and the journal read it (``smtp://[::1]:2525``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"smtp://{host}:{self.port}"


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` names this computer: localhost, 127.0.0.0/8 or ::1."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def sandbox_profile() -> Profile:
    return Profile(
        name="Sandbox (local)",
        username=SANDBOX_DEMO_USERNAME,
        endpoint=Endpoint.SANDBOX,
        from_name="Example Support",
        from_email=SANDBOX_DEMO_FROM,
        campaign_code="SANDBOX",
        colour="#d98e04",
    )


def profile_problems(profile: Profile) -> dict[str, str]:
    """Field name → what is wrong and how to fix it; empty when the profile can be saved."""
    problems: dict[str, str] = {}
    if not profile.name.strip():
        problems["name"] = QT_TRANSLATE_NOOP(
            "core", "Give the profile a name, e.g. the customer's company."
        )
    if not USERNAME_PATTERN.match(profile.username.strip()):
        problems["username"] = QT_TRANSLATE_NOOP(
            "core", "An SMTP+ username looks like s123456_1 (from the MailUp console)."
        )
    if profile.endpoint is Endpoint.CUSTOM:
        url = profile.custom_url.strip()
        if not re.match(r"^https?://[^\s/]+", url):
            problems["custom_url"] = QT_TRANSLATE_NOOP(
                "core", "Enter a full URL, e.g. http://127.0.0.1:8025/API/v2.0/"
            )
    if profile.from_email and "@" not in profile.from_email:
        problems["from_email"] = QT_TRANSLATE_NOOP(
            "core", "The default From must be an address such as support@example.com."
        )
    if profile.test_address.strip():
        from ...api.validation import address_problem  # email-validator: only when saving

        if address_problem(profile.test_address.strip()):
            problems["test_address"] = QT_TRANSLATE_NOOP(
                "core", "The test address must be one address such as you@example.com."
            )
    problems.update(relay_problems(profile))
    if not re.match(r"^#[0-9a-fA-F]{6}$", profile.colour):
        problems["colour"] = QT_TRANSLATE_NOOP("core", "Pick a colour.")
    return problems


def endpoint_warnings(profile: Profile, embedded_sandbox_url: str | None) -> dict[str, str]:
    """Field name → a risk the profile may still be saved with (unlike ``profile_problems``)."""
    if profile.endpoint is not Endpoint.CUSTOM:
        return {}
    url = urlsplit(profile.custom_url.strip())
    host = url.hostname or ""
    if url.scheme.lower() == "http" and host and not is_loopback_host(host):
        return {
            "custom_url": QT_TRANSLATE_NOOP(
                "core",
                "This URL is plain http:// to another computer: the SMTP+ secret would cross "
                "the network unencrypted. Use https://.",
            )
        }
    embedded = urlsplit(embedded_sandbox_url or "")
    if host and is_loopback_host(host) and _port(url) is not None and _port(url) == _port(embedded):
        return {
            "custom_url": QT_TRANSLATE_NOOP(
                "core",
                "This is the port the app chose for its local sandbox at this start: it changes "
                "at every start, so this profile will break. Use the Local sandbox endpoint, or "
                "run mailup-sandbox on a fixed port.",
            )
        }
    return {}


def _port(url: SplitResult) -> int | None:
    try:
        return url.port
    except ValueError:  # not a number: profile_problems says what to fix
        return None


# What a fresh start lacks when the file was damaged (module attributes: marked at import).
_LOST = QT_TRANSLATE_NOOP("core", "the profiles (their secrets stay in the keyring)")
_LOST_SOME = QT_TRANSLATE_NOOP(
    "core",
    "the profiles this version cannot use (the others were kept, secrets stay in the keyring)",
)


def relay_problems(profile: Profile) -> dict[str, str]:
    """The relay settings' problems (field name → what to do); the sandbox profile has none:
    its relay is the embedded sandbox's."""
    if profile.endpoint is Endpoint.SANDBOX:
        return {}
    problems: dict[str, str] = {}
    host = profile.relay_host.strip()
    if not _HOST_PATTERN.match(host):
        problems["relay_host"] = QT_TRANSLATE_NOOP(
            "core", "Enter the relay's host name only, e.g. fast.smtpok.com (no smtp:// or port)."
        )
    loopback = is_loopback_host(host)
    port = profile.relay_port
    if loopback and not 0 < port < 65536:
        problems["relay_port"] = QT_TRANSLATE_NOOP(
            "core", "The relay port is a number from 1 to 65535."
        )
    elif not loopback and port != DEFAULT_RELAY_PORT and port not in RELAY_PORT_RANGE:
        problems["relay_port"] = QT_TRANSLATE_NOOP(
            "core", "MailUp's relay listens on port 25 or on a port from 1025 to 5000."
        )
    if not profile.relay_starttls and not loopback:
        problems["relay_starttls"] = QT_TRANSLATE_NOOP(
            "core",
            "STARTTLS can be turned off only for a relay on this computer (localhost, "
            "127.0.0.1, ::1): the secret must not cross a network unencrypted.",
        )
    return problems


_HOST_PATTERN = re.compile(
    r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.?)+$|^\[?[0-9A-Fa-f:.]+\]?$"
)


class ProfileStore:
    """The list of profiles and which one was last used, persisted in ``profiles.json``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "profiles.json"
        raw, self.set_aside = read_json_or_set_aside(
            self.path, {"profiles": [], "active": None}, dict
        )
        if self.set_aside:
            damaged_files().report(DamagedFile(self.path, self.set_aside, _LOST))
        self._profiles, self._unknown, unusable = _read_profiles(raw.get("profiles", []))
        active = raw.get("active")
        self._active_id: str | None = active if isinstance(active, str) else None
        if unusable:
            self.set_aside = copy_aside(self.path)
            damaged_files().report(DamagedFile(self.path, self.set_aside, _LOST_SOME))
            self._save()

    def all(self) -> list[Profile]:
        return list(self._profiles)

    def get(self, profile_id: str) -> Profile | None:
        return next((p for p in self._profiles if p.id == profile_id), None)

    def find(self, name_or_id: str) -> Profile | None:
        wanted = name_or_id.strip().casefold()
        return next(
            (p for p in self._profiles if p.id == name_or_id or p.name.casefold() == wanted), None
        )

    @property
    def active(self) -> Profile | None:
        return self.get(self._active_id or "") or (self._profiles[0] if self._profiles else None)

    def set_active(self, profile_id: str) -> None:
        if profile_id != self._active_id:  # the app sets it at every start: no write then
            self._active_id = profile_id
            self._save()

    def put(self, profile: Profile) -> None:
        """Add a new profile or replace the one with the same id."""
        index = next((i for i, p in enumerate(self._profiles) if p.id == profile.id), None)
        if index is None:
            self._profiles.append(profile)
        else:
            self._profiles[index] = profile
        self._save()

    def duplicate(self, profile_id: str) -> Profile:
        original = self.get(profile_id)
        if original is None:
            raise KeyError(profile_id)
        copy = replace(original, name=f"{original.name} (copy)", id=new_profile_id())
        self.put(copy)
        return copy

    def delete(self, profile_id: str) -> None:
        self._profiles = [p for p in self._profiles if p.id != profile_id]
        if self._active_id == profile_id:
            self._active_id = self._profiles[0].id if self._profiles else None
        self._save()

    def ensure_sandbox(self) -> Profile:
        """The embedded-sandbox profile, created when there is none."""
        existing = next((p for p in self._profiles if p.endpoint is Endpoint.SANDBOX), None)
        if existing:
            return existing
        profile = sandbox_profile()
        self.put(profile)
        return profile

    def _save(self) -> None:
        write_json_atomic(
            self.path,
            {
                "profiles": [_to_json(p, self._unknown.get(p.id, {})) for p in self._profiles],
                "active": self._active_id,
            },
        )


def _to_json(profile: Profile, unknown: dict[str, object]) -> dict[str, object]:
    """``unknown``: what a newer version wrote beside the members this one knows, kept as is."""
    data = {**unknown, **asdict(profile)}
    data["endpoint"] = profile.endpoint.value
    return data


def _read_profiles(items: object) -> tuple[list[Profile], dict[str, dict[str, object]], bool]:
    """The profiles this version can use, the members it does not know by profile id, and
    whether the file holds profiles it cannot use."""
    if not isinstance(items, list):
        return [], {}, True
    profiles: list[Profile] = []
    unknown: dict[str, dict[str, object]] = {}
    unusable = False
    for item in items:
        try:
            profile = _from_json(item)
        except Unreadable:
            unusable = True
            continue
        profiles.append(profile)
        if isinstance(item, dict):  # it is, or it would not have been read
            extra = {k: v for k, v in item.items() if k not in Profile.__dataclass_fields__}
            if extra:
                unknown[profile.id] = extra
    return profiles, unknown, unusable


def _from_json(data: object) -> Profile:
    """A saved profile; members a file written by an older version lacks keep their defaults,
    a member of the wrong type makes it unusable (a hand-edited or newer file)."""
    if not isinstance(data, dict) or "name" not in data or "username" not in data:
        raise Unreadable(f"not a profile: {type(data).__name__}")
    defaults = Profile(name="", username="")
    known: dict[str, Any] = {
        name: read_as(data[name], type(getattr(defaults, name)))
        for name in Profile.__dataclass_fields__
        if name in data and name != "endpoint"
    }
    try:
        known["endpoint"] = Endpoint(data.get("endpoint", Endpoint.PRODUCTION.value))
    except ValueError as error:
        raise Unreadable(f"unknown endpoint {data.get('endpoint')!r}") from error
    return Profile(**known)
