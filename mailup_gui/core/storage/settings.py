"""App settings (not profiles, not secrets), as JSON in the config dir with atomic writes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ... import paths
from ...texts import QT_TRANSLATE_NOOP
from .atomic import read_json_or_set_aside, write_json_atomic
from .damaged import DamagedFile, damaged_files


@dataclass(frozen=True)
class Settings:
    screen_share: bool = False
    welcome_dismissed: bool = False
    window_geometry: str = ""  # hex of QMainWindow.saveGeometry()
    window_state: str = ""
    language: str = ""  # UI language code such as "it"; "" follows the OS
    poll_interval_s: int = 60  # the dashboard's ListUserInfo polling; see core.users.poll_policy
    # The channel Compose sends through, by profile id: "api" (the default) or "smtp".
    send_channels: dict[str, str] = field(default_factory=dict)
    theme: str = ""  # "light" or "dark"; "" follows the system
    default_folder: str = ""  # where file dialogs start the first time; "" is the home folder
    # The folder each kind of file dialog was last left in, by purpose ("export-users"…).
    last_folders: dict[str, str] = field(default_factory=dict)


# What a fresh start lacks when the file was damaged (a module attribute: marked at import).
_LOST = QT_TRANSLATE_NOOP("core", "the settings (language, screen-share mode, window size)")


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "settings.json"
        raw, self.set_aside = read_json_or_set_aside(self.path, {}, dict)
        if self.set_aside:
            damaged_files().report(DamagedFile(self.path, self.set_aside, _LOST))
        defaults = Settings()
        known = {
            f.name: raw[f.name]
            for f in fields(Settings)
            if isinstance(raw.get(f.name), type(getattr(defaults, f.name)))
        }
        self._settings = Settings(**known)

    @property
    def value(self) -> Settings:
        return self._settings

    def update(self, **changes: Any) -> Settings:
        self._settings = replace(self._settings, **changes)
        write_json_atomic(self.path, asdict(self._settings))
        return self._settings
