"""SMTP+ secrets: in the OS keyring, or for this session only. The only module that imports keyring.

A missing or locked keyring is a normal state, not a crash: the store reports it, and a secret
is then kept in memory for this session, only when the caller explicitly asks for that. Never
a plaintext file: backends that write one (keyrings.alt) are refused.
"""

from __future__ import annotations

import enum
import threading
from contextlib import closing
from typing import NamedTuple

from ...texts import QT_TRANSLATE_NOOP

SERVICE = "mailup-gui"

# Friendly names for the backends support staff may meet, by keyring backend class path.
_BACKEND_LABELS = {
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring, KeePassXC, …)",
    "keyring.backends.libsecret.Keyring": "Secret Service via libsecret",
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KDE Wallet 4",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Locker",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.fail.Keyring": QT_TRANSLATE_NOOP("core", "none"),
    "keyring.backends.null.Keyring": QT_TRANSLATE_NOOP("core", "none (disabled)"),
}


class Storage(enum.Enum):
    KEYRING = "keyring"
    SESSION = "session"  # in memory until the app quits


class KeyringHealth(NamedTuple):
    available: bool
    label: str  # where secrets go, in words
    problem: str | None = None  # why the keyring cannot be used, with what to do


class KeyringUnavailable(Exception):
    """The OS keyring cannot store secrets now; the message says why and what to do."""


class SecretStore:
    """Secrets per profile id. Thread-safe: keyring calls may run on worker threads."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self._health: KeyringHealth | None = None

    def health(self, *, refresh: bool = False) -> KeyringHealth:
        """Whether the keyring works, probed once (a read of a missing entry) and remembered."""
        with self._lock:
            if self._health is None or refresh:
                self._health = _probe()
            return self._health

    def get(self, profile_id: str) -> str | None:
        with self._lock:
            if profile_id in self._session:
                return self._session[profile_id]
        if not self.health().available:
            return None
        import keyring

        try:
            return keyring.get_password(SERVICE, profile_id)
        except Exception as error:  # a keyring that locks or dies after the probe
            self._mark_broken(error)
            return None

    def set(self, profile_id: str, secret: str, label: str = "") -> Storage:
        """Store in the keyring, named ``label`` where the keyring shows names (see
        ``keyring_label``); raises ``KeyringUnavailable`` when it cannot."""
        if not self.health().available:
            raise KeyringUnavailable(
                self.health().problem or QT_TRANSLATE_NOOP("core", "No system keyring.")
            )
        import keyring

        try:
            keyring.set_password(SERVICE, profile_id, secret)
            if label:
                _relabel(keyring.get_keyring(), profile_id, label)
        except Exception as error:
            self._mark_broken(error)
            raise KeyringUnavailable(self.health().problem) from None
        with self._lock:
            self._session.pop(profile_id, None)
        return Storage.KEYRING

    def keep_for_session(self, profile_id: str, secret: str) -> Storage:
        """The user's explicit choice when the keyring is unavailable."""
        with self._lock:
            self._session[profile_id] = secret
        return Storage.SESSION

    def storage_of(self, profile_id: str) -> Storage | None:
        with self._lock:
            if profile_id in self._session:
                return Storage.SESSION
        return Storage.KEYRING if self.get(profile_id) is not None else None

    def delete(self, profile_id: str) -> None:
        with self._lock:
            self._session.pop(profile_id, None)
        if not self.health().available:
            return
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(SERVICE, profile_id)
        except PasswordDeleteError:
            pass  # nothing stored: already the wanted state
        except Exception as error:
            self._mark_broken(error)

    def _mark_broken(self, error: Exception) -> None:
        with self._lock:
            self._health = KeyringHealth(False, _label_of_current(), _explain(error))


def keyring_label(profile_name: str, username: str) -> str:
    """The name a secret has in the OS's keyring manager (Seahorse, KDE Wallet…)."""
    return f"{SERVICE}: {profile_name} ({username})" if username else f"{SERVICE}: {profile_name}"


def _relabel(backend: object, profile_id: str, label: str) -> None:
    """keyring names a Secret Service item "Password for '<profile id>' on 'mailup-gui'", which
    nobody can tell apart in Seahorse: rename it. Other keyrings show no such label."""
    from keyring.backends import SecretService

    for inner in getattr(backend, "backends", None) or [backend]:
        if isinstance(inner, SecretService.Keyring):
            collection = inner.get_preferred_collection()
            with closing(collection.connection):
                query = {"service": SERVICE, "username": profile_id}
                for item in collection.search_items(query):
                    item.set_label(label)


def _probe() -> KeyringHealth:
    try:
        import keyring
    except Exception as error:  # a broken install or a frozen build that lost it
        return KeyringHealth(
            False,
            QT_TRANSLATE_NOOP("core", "none"),
            QT_TRANSLATE_NOOP("core", "The keyring library could not load ({error}).").format(
                error=error
            ),
        )
    label = _label_of_current()
    backend = keyring.get_keyring()
    if _writes_plaintext(backend):
        return KeyringHealth(
            False,
            label,
            QT_TRANSLATE_NOOP(
                "core",
                "The only keyring found stores secrets in a plain file, "
                "which this app refuses. Install or unlock your system "
                "keyring.",
            ),
        )
    try:
        keyring.get_password(SERVICE, "__mailup-gui-probe__")
    except Exception as error:
        return KeyringHealth(False, label, _explain(error))
    return KeyringHealth(True, label)


def _writes_plaintext(backend: object) -> bool:
    backends = getattr(backend, "backends", None) or [backend]
    return any(type(b).__module__.startswith("keyrings.alt") for b in backends)


def _label_of_current() -> str:
    try:
        import keyring
    except Exception:
        return QT_TRANSLATE_NOOP("core", "none")
    backend = keyring.get_keyring()
    inner = getattr(backend, "backends", None) or [backend]
    names = [
        _BACKEND_LABELS.get(f"{type(b).__module__}.{type(b).__name__}", type(b).__name__)
        for b in inner
    ]
    if len(names) == 1:
        return names[0]  # as it is: a marked label ("none") stays a Text for the UI to translate
    return ", ".join(names) if names else QT_TRANSLATE_NOOP("core", "none")


def _explain(error: Exception) -> str:
    """Why the keyring failed, in words a support person can act on. Never the secret."""
    kind = type(error).__name__
    text = str(error)
    if kind == "NoKeyringError" or "No recommended backend" in text:
        return QT_TRANSLATE_NOOP(
            "core",
            "No system keyring was found (no Secret Service, "
            "KWallet, Keychain or Credential Locker). Secrets can "
            "be kept for this session only.",
        )
    if kind == "KeyringLocked" or "locked" in text.lower():
        return QT_TRANSLATE_NOOP(
            "core",
            "The system keyring is locked. Unlock it (log in again or open your keyring app).",
        )
    if "dismissed" in text.lower():
        return QT_TRANSLATE_NOOP(
            "core", "The keyring's unlock prompt was dismissed. Unlock the keyring and try again."
        )
    return QT_TRANSLATE_NOOP(
        "core", "The system keyring failed ({kind}). Secrets can be kept for this session only."
    ).format(kind=kind)


def loadable_backends() -> list[str]:
    """The keyring backends this install can load, by entry-point name. keyring finds them
    through package metadata, which frozen builds are known to lose (jaraco/keyring#324):
    ``--smoke`` reports this list so that the packaging tests can compare it with the source's."""
    from importlib.metadata import entry_points

    names = []
    for point in entry_points(group="keyring.backends"):
        try:
            point.load()
        except Exception:  # a backend whose module or dependency did not make it
            continue
        names.append(point.name)
    return sorted(names)
