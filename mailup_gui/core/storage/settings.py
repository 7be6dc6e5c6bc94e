"""App settings (not profiles, not secrets), as JSON in the config dir with atomic writes.

A hand-edited or newer file is read as meant where it can be (``stored_values``); a value that
cannot be read is kept in a copy set aside with the damaged-files notice, never silently
replaced. A send channel, language or theme this version does not know falls back to the
default for that entry alone (a channel: the API, for that profile), and ``fallbacks`` says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from ... import paths
from ...api.endpoints import Channel
from ...set_aside import copy_aside
from ...texts import QT_TRANSLATE_NOOP
from .atomic import read_json_or_set_aside, write_json_atomic
from .damaged import DamagedFile, damaged_files
from .stored_values import Unreadable, read_as


# A NamedTuple, not a frozen dataclass: it loads before the first paint, where Python 3.11
# compiling a dataclass's six methods costs ~1.3 ms. The maps are replaced, never changed.
class Settings(NamedTuple):
    screen_share: bool = False
    welcome_dismissed: bool = False
    window_geometry: str = ""  # hex of QMainWindow.saveGeometry()
    window_state: str = ""
    language: str = ""  # UI language code such as "it"; "" follows the OS
    poll_interval_s: int = 60  # the dashboard's ListUserInfo polling; see core.users.poll_policy
    # The channel Compose sends through, by profile id; a profile not here sends through the API.
    send_channels: Mapping[str, Channel] = MappingProxyType({})
    theme: str = ""  # "light" or "dark"; "" follows the system
    default_folder: str = ""  # where file dialogs start the first time; "" is the home folder
    # The folder each kind of file dialog was last left in, by purpose ("export-users"…).
    last_folders: Mapping[str, str] = MappingProxyType({})


class Fallback(NamedTuple):
    """A stored entry read as its default, for the window to say so (``text`` is marked)."""

    text: str
    value: str


# What a fresh start lacks when the file was damaged (module attributes: marked at import).
_LOST = QT_TRANSLATE_NOOP("core", "the settings (language, screen-share mode, window size)")
_LOST_VALUES = QT_TRANSLATE_NOOP("core", "the settings it could not read (the others were kept)")
_UNKNOWN_CHANNEL = QT_TRANSLATE_NOOP(
    "core",
    "A send channel this version does not know (“{value}”) was saved for a profile: it sends "
    "through the API until you choose again.",
)
# Settings with a few known values: one this version does not know is read as the default.
_CHOICES = {
    "language": (
        ("", "en", "it"),
        QT_TRANSLATE_NOOP(
            "core",
            "A language this version does not know (“{value}”) was saved: the app follows the "
            "system's until you choose one in Preferences.",
        ),
    ),
    "theme": (
        ("", "light", "dark"),
        QT_TRANSLATE_NOOP(
            "core",
            "A theme this version does not know (“{value}”) was saved: the app follows the "
            "system's until you choose one in Preferences.",
        ),
    ),
}


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "settings.json"
        self.fallbacks: list[Fallback] = []
        raw, self.set_aside = read_json_or_set_aside(self.path, {}, dict)
        if self.set_aside:
            damaged_files().report(DamagedFile(self.path, self.set_aside, _LOST))
        known, unreadable = self._read(raw)
        self._settings = Settings(**known)
        if unreadable:
            self.set_aside = copy_aside(self.path)
            damaged_files().report(DamagedFile(self.path, self.set_aside, _LOST_VALUES))
            self._write()

    @property
    def value(self) -> Settings:
        return self._settings

    def update(self, **changes: Any) -> Settings:
        self._settings = self._settings._replace(**changes)
        self._write()
        return self._settings

    def _read(self, raw: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """The fields this version can read, and whether any could not be."""
        defaults = Settings()
        known: dict[str, Any] = {}
        unreadable = False
        for name in (name for name in Settings._fields if name in raw):
            try:
                if name == "send_channels":
                    known[name] = self._read_channels(raw[name])
                elif name == "last_folders":
                    known[name] = _read_folders(raw[name])
                else:
                    known[name] = read_as(raw[name], type(getattr(defaults, name)))
            except Unreadable:
                unreadable = True
        for name, (values, text) in _CHOICES.items():
            if known.get(name, "") not in values:  # from a newer version, or a typo
                self.fallbacks.append(Fallback(text, str(known.pop(name))))
        return known, unreadable

    def _read_channels(self, raw: object) -> dict[str, Channel]:
        if not isinstance(raw, dict):
            raise Unreadable(f"{raw!r} is not a dict")
        channels: dict[str, Channel] = {}
        for profile_id, value in raw.items():
            try:
                channels[profile_id] = Channel(value)
            except ValueError:  # from a newer version, or a typo: the API, and a notice
                self.fallbacks.append(Fallback(_UNKNOWN_CHANNEL, str(value)))
        return channels

    def _write(self) -> None:
        data = self._settings._asdict()
        data["send_channels"] = {key: c.value for key, c in self._settings.send_channels.items()}
        data["last_folders"] = dict(self._settings.last_folders)
        write_json_atomic(self.path, data)


def _read_folders(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise Unreadable(f"{raw!r} is not folders by purpose")
    return raw
