"""The main window's banners that are hidden at start: the keyring's, the damaged files' and the
sandbox's. Each is built (its module imported, its close button and colours made) the first
time it is needed, after the first paint, and takes its fixed place in the banner column.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from .widgets.banner import Banner

if TYPE_CHECKING:
    from ..core.storage.settings import SettingsStore
    from .damaged_banner import DamagedFilesBanner

_ORDER = ("keyring", "damaged", "sandbox")  # top to bottom
B = TypeVar("B", bound=Banner)


class LateBanners:
    def __init__(
        self,
        column: QVBoxLayout,
        check_keyring: Callable[[], None],
        start_sandbox: Callable[[], None],
        settings: SettingsStore,
    ) -> None:
        """``column``: the layout they go in, below what it holds already; ``settings``: whose
        entries that fell back the damaged-files banner tells of too."""
        self._column = column
        self._first_index = column.count()
        self._check_keyring = check_keyring
        self._start_sandbox = start_sandbox
        self._settings = settings
        self._built: dict[str, Banner] = {}

    def built(self, name: str) -> bool:
        return name in self._built

    @property
    def keyring(self) -> Banner:
        banner = self._built.get("keyring")
        if banner is None:
            banner = self._add("keyring", _hidden(Banner("warning")))
            # the words keep the translation context they had in the window
            check = QCoreApplication.translate("MainWindow", "Check again")
            banner.add_action(check, self._check_keyring)
        return banner

    @property
    def damaged(self) -> DamagedFilesBanner:
        """Shows every file set aside this session, those before it was built too, and the
        settings that fell back."""
        from ..core.storage.damaged import damaged_files
        from .damaged_banner import DamagedFilesBanner

        banner = self._built.get("damaged")
        if not isinstance(banner, DamagedFilesBanner):
            banner = self._add("damaged", DamagedFilesBanner(damaged_files()))
            banner.show_fallbacks(self._settings.fallbacks)
        return banner

    @property
    def sandbox(self) -> Banner:
        banner = self._built.get("sandbox")
        if banner is None:
            banner = self._add("sandbox", _hidden(Banner("error")))
            banner.add_action(
                QCoreApplication.translate("MainWindow", "Try again"), self._start_sandbox
            )
        return banner

    def _add(self, name: str, banner: B) -> B:
        above = sum(self.built(other) for other in _ORDER[: _ORDER.index(name)])
        self._column.insertWidget(self._first_index + above, banner)
        self._built[name] = banner
        return banner


def _hidden(banner: B) -> B:
    banner.hide()
    return banner
