"""The services a window and its panes share, built once by the composition root (app.py).

Made with the context: the stores and the screen-share switch (the first picture needs them).
Every other service is made, its module imported, on first use, after the first paint, on the
GUI thread: the window's ``start_services`` and its notices, made right after the paint, are
the first users. Two of them are used by worker threads too (``secrets``, ``user_states``):
read them on the GUI thread and hand the object to the work, as every caller does, since a
first read by two threads at once could make two.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .privacy import Privacy

if TYPE_CHECKING:
    import subprocess

    from ..core.account.profiles import Profile, ProfileStore, SmtpAddress
    from ..core.account.secrets import SecretStore
    from ..core.storage.settings import SettingsStore
    from ..core.users.states import KnownUserStates
    from .journal_feed import JournalFeed
    from .notices import DesktopNotices
    from .sandbox_host import SandboxHost
    from .tasks import TaskRunner
    from .widgets.notice_board import NoticeBoard


class AppContext:
    """One per session: the same only as itself. A plain class (a dataclass's generated methods
    cost the first paint ~0.7 ms)."""

    def __init__(
        self,
        profiles: ProfileStore,
        settings: SettingsStore,
        privacy: Privacy,
        sandbox_child: subprocess.Popen[str] | None = None,  # started by the app, for sandbox
    ) -> None:
        self.profiles = profiles
        self.settings = settings
        self.privacy = privacy
        self.sandbox_child = sandbox_child

    @cached_property
    def notice_board(self) -> NoticeBoard:
        """What the window's notice area shows, each notice kept by its source; a window built
        in another language gets a new one."""
        from .widgets.notice_board import NoticeBoard

        return NoticeBoard()

    @cached_property
    def secrets(self) -> SecretStore:
        """The SMTP+ secrets (thread-safe): read here on the GUI thread, used by workers too."""
        from ..core.account.secrets import SecretStore

        return SecretStore()

    @cached_property
    def user_states(self) -> KnownUserStates:
        """What the Dashboard last learned of each profile's users, written by its poller's
        worker (thread-safe): read here on the GUI thread, handed to the work."""
        from ..core.users.states import KnownUserStates

        return KnownUserStates()

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
        return cls(profiles, settings, privacy, sandbox_child)
