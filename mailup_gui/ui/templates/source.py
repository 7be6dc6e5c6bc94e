"""Which content the Templates preview shows, and reading it from the sandbox off the GUI thread.

On the sandbox (embedded, or a custom URL serving /sandbox/) the template comes from the
sandbox itself; on MailUp production, whose API cannot read templates, from the HTML the user
pasted or opened.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Signal

from ...core.account.profiles import Profile
from ...core.message.template_source import TemplateContent, sandbox_root
from ..context import AppContext


class State(enum.Enum):
    PASTED = "pasted"  # production: the HTML the user pasted is previewed
    STARTING = "starting"  # the embedded sandbox is not listening yet
    NO_ID = "no-id"
    LOADING = "loading"
    FOUND = "found"  # the sandbox's own copy is previewed
    MISSING = "missing"  # the sandbox has no such template: a send gets 111
    FAILED = "failed"  # the sandbox did not answer: the pasted HTML is previewed


class TemplateSource(QObject):
    changed = Signal()
    _FETCH = "fetch"  # reading the template from the sandbox: only the latest ID's answer counts

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._key: tuple | None = None
        self.state = State.NO_ID
        self.template_id = 0
        self.root: str | None = None
        self.content: TemplateContent | None = None
        self.error: Exception | None = None  # why the sandbox could not be read

    @property
    def found(self) -> TemplateContent | None:
        """The sandbox's copy, while it is what the preview shows."""
        return self.content if self.state is State.FOUND else None

    @property
    def uses_pasted_html(self) -> bool:
        return self.state in (State.PASTED, State.FAILED)

    def follow(self, profile: Profile | None, template_id: int, *, again: bool = False) -> None:
        """Show ``template_id`` for ``profile``; read from the sandbox only when either changed
        (or ``again``)."""
        root = sandbox_root(profile, self._context.sandbox.root_url) if profile else None
        production = profile is None or profile.is_production
        key = (production, root, template_id)
        if key == self._key and not again:
            return
        self._key, self.root, self.template_id = key, root, template_id
        self.content, self.error = None, None
        self._context.tasks.drop(self._FETCH, owner=self)  # read for an earlier ID or profile: moot
        if production:
            self.state = State.PASTED
        elif root is None:
            self.state = State.STARTING
        elif not template_id:
            self.state = State.NO_ID
        else:
            self.state = State.LOADING

            def work() -> TemplateContent | None:
                from ...core.message.template_source import fetch_template

                return fetch_template(root, template_id)

            self._context.tasks.run(
                work, self._on_fetched, self._on_failed, owner=self, key=self._FETCH
            )
        self.changed.emit()

    def _on_fetched(self, found: TemplateContent | None) -> None:
        self.content = found
        self.state = State.FOUND if found else State.MISSING
        self.changed.emit()

    def _on_failed(self, error: Exception) -> None:
        """No sandbox there, a timeout: shown, never raised."""
        self.error = error
        self.state = State.FAILED
        self.changed.emit()
