"""The services a window and its panes share, built once by the composition root (app.py).

Made with the context: the stores, the screen-share switch, the notice board (the first picture
needs them) and
the two plain services that worker threads share (a lazy one could be made twice by two
threads). The Qt services are made, their modules imported, on first use, which the window's
``start_services`` makes after the first paint, on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..core.account.secrets import SecretStore
from ..core.users.states import KnownUserStates
from .privacy import Privacy
from .widgets.notice_board import NoticeBoard

if TYPE_CHECKING:
    import subprocess

    from ..core.account.profiles import Profile, ProfileStore, SmtpAddress
    from ..core.storage.settings import SettingsStore
    from .journal_feed import JournalFeed
    from .notices import DesktopNotices
    from .sandbox_host import SandboxHost
    from .tasks import TaskRunner


@dataclass(eq=False)  # one per session: the same only as itself
class AppContext:
    profiles: ProfileStore
    settings: SettingsStore
    privacy: Privacy
    secrets: SecretStore
    user_states: KnownUserStates
    sandbox_child: subprocess.Popen[str] | None = None  # started by the app, handed to sandbox
    # what the window's notice area shows, each notice kept by its source (in the first picture)
    notice_board: NoticeBoard = field(default_factory=NoticeBoard)

    @cached_property
    def tasks(self) -> TaskRunner:
        from .tasks import TaskRunner

        return TaskRunner()

    @cached_property
    def sandbox(self) -> SandboxHost:
        from .sandbox_host import SandboxHost

        spawned, self.sandbox_child = self.sandbox_child, None  # the host owns it from now on
        return SandboxHost(self.tasks, spawned=spawned)

    @cached_property
    def journal_feed(self) -> JournalFeed:
        from .journal_feed import JournalFeed

        return JournalFeed()

    @cached_property
    def notices(self) -> DesktopNotices:
        """Desktop notifications and reminders; the window attaches itself."""
        from .notices import DesktopNotices

        return DesktopNotices(self.privacy)

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
        privacy = Privacy(settings.value.screen_share)
        return cls(profiles, settings, privacy, SecretStore(), KnownUserStates(), sandbox_child)
