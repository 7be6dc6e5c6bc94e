"""The services a window and its panes share, built once by the composition root (app.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.account.profiles import Profile, ProfileStore, SmtpAddress
from ..core.account.secrets import SecretStore
from ..core.storage.settings import SettingsStore
from ..core.users.states import KnownUserStates
from .journal_feed import JournalFeed
from .notices import DesktopNotices
from .privacy import Privacy
from .sandbox_host import SandboxHost
from .tasks import TaskRunner
from .widgets.notice_board import NoticeBoard

if TYPE_CHECKING:
    import subprocess


@dataclass
class AppContext:
    profiles: ProfileStore
    settings: SettingsStore
    secrets: SecretStore
    tasks: TaskRunner
    privacy: Privacy
    sandbox: SandboxHost
    user_states: KnownUserStates
    journal_feed: JournalFeed
    notices: DesktopNotices  # desktop notifications and reminders; the window attaches itself
    # what the window's notice area shows, each notice kept by its source
    notice_board: NoticeBoard = field(default_factory=NoticeBoard)

    @property
    def active_profile(self) -> Profile | None:
        return self.profiles.active

    def sandbox_url(self) -> str | None:
        return self.sandbox.api_base_url

    def sandbox_smtp(self) -> SmtpAddress | None:
        return self.sandbox.smtp_address

    @classmethod
    def create(
        cls,
        profiles: ProfileStore,
        settings: SettingsStore,
        sandbox_child: subprocess.Popen[str] | None = None,
    ) -> AppContext:
        """The services of one app session around its stores (the app, tests, benchmarks);
        ``sandbox_child``: the embedded sandbox, already started."""
        tasks = TaskRunner()
        privacy = Privacy(settings.value.screen_share)
        return cls(
            profiles=profiles,
            settings=settings,
            secrets=SecretStore(),
            tasks=tasks,
            privacy=privacy,
            sandbox=SandboxHost(tasks, spawned=sandbox_child),
            user_states=KnownUserStates(),
            journal_feed=JournalFeed(),
            notices=DesktopNotices(privacy),
        )
