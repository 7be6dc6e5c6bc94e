"""What the send form's controller may ask of the form: a small, typed view.

The controller (``controller.py``) decides and the form (``form.py``) shows. The controller
reaches no widget of the form, only these methods; the form reports what was typed and what
the user asked for (send, new, save, drafts, inspect, open a request, a channel) through its
``FormSignals``. The form is a ``MessageForm``; any object of this shape would do.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from ...core.account.profiles import Profile
from ...core.message.draft import Draft
from ...core.send.result import Channel
from ..widgets.notice_board import Cause, NoticeChannel


class FormSignals(QObject):
    """What the form says, each signal emitted by the form alone."""

    changed = Signal()  # something typed (not a draft being loaded)
    send_requested = Signal()  # Send, Ctrl+Enter
    new_requested = Signal()  # New, Ctrl+N
    save_requested = Signal()  # Ctrl+S: save under a name
    drafts_requested = Signal()  # Drafts…
    inspect_requested = Signal()  # Inspect request…
    open_request_requested = Signal()  # Open request…
    journal_requested = Signal()  # the result's "Open the Journal"
    channel_chosen = Signal(object)  # the Channel the user picked


class FormView(Protocol):
    @property
    def signals(self) -> FormSignals: ...

    @property
    def notices(self) -> NoticeChannel:
        """The pane's notices, the result's among them."""
        ...

    def draft(self) -> Draft:
        """The message as typed, the pane's members included."""
        ...

    def load_draft(self, draft: Draft) -> None:
        """Show ``draft`` in the fields, without a ``changed``."""
        ...

    def files_busy(self) -> bool:
        """Files are still being read (their size and checksum)."""
        ...

    def channel_choice(self) -> Channel: ...

    def show_channel(self, channel: Channel) -> None:
        """Select ``channel`` as no choice of the user's (no ``channel_chosen``)."""
        ...

    def set_sending(self, sending: bool) -> None:
        """Send disabled, and saying so, while a send is on its way."""
        ...

    def show_checks(self, notes: list[str], merge_tags: list[str], profile: Profile | None) -> None:
        """The warnings under the editors, the merge tags the texts use, the sender's check."""
        ...

    def show_result(self, kind: str, html: str, *, journal: bool = False) -> None:
        """The result notice: info, warning or error; with "Open the Journal"."""
        ...

    def show_problems(self, problems: list[tuple[str, str, str]]) -> None:
        """What stopped the send, a notice per field: (path, the field's words, problem)."""
        ...

    def add_to_result(self, html: str) -> None: ...

    def mark_field(self, path: str, problem: str) -> None:
        """Mark the field of a MailUp member path (``XSmtpAPI.DynamicFields``) and show it."""
        ...

    def clear_marks(self) -> None: ...

    def show_not_saving(self, error: Exception | None) -> None:
        """Say the draft is not being saved because of ``error``; None: saving works again."""
        ...

    def forget_feedback(self, cause: Cause) -> None:
        """``cause`` happened: the notices it makes stale go, and the marks."""
        ...
