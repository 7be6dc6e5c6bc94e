"""What a pane puts into the send form: its own pages, its preview and its members of the draft.

The Compose pane brings the HTML and text editors, the Templates pane the TemplateId, its
library and test data; the form brings everything the two share. The form asks for the pages,
fields and members; the controller for the texts, notes, preview and what follows a send.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from ...core.account.profiles import Profile
from ...core.message.draft import Draft
from ...core.send.pipeline import SendKind
from ...core.send.result import SendReport
from ..widgets.notice_board import NoticeChannel


class MessageContent(Protocol):
    kind: SendKind
    notices: NoticeChannel  # the pane's notices: the form's result among them
    # the draft members that say which message this is: changed, the notices about the last
    # one go (the TemplateId; none in Compose)
    identity_members: tuple[str, ...]

    def content_pages(self) -> list[tuple[QWidget, str]]:
        """The pages in front of Headers, with their titles."""
        ...

    def side_panel(self) -> QWidget:
        """The preview beside the editors."""
        ...

    def content_fields(self) -> dict[str, QWidget]:
        """The pane's fields by MailUp member, to mark them when MailUp refuses."""
        ...

    def content_of(self) -> dict:
        """The pane's members of ``Draft``, as keyword arguments."""
        ...

    def load_content(self, draft: Draft) -> None: ...

    def content_texts(self, draft: Draft) -> list[str]:
        """The texts besides the Subject whose [merge tags] need values."""
        ...

    def content_notes(self, draft: Draft) -> list[str]:
        """Warnings about the content, shown under the editors."""
        ...

    def predicted_refusals(self, draft: Draft) -> list[str]:
        """What the pane already knows MailUp will refuse in ``draft`` (HTML lines), named in
        the send confirmation: the template's code 111, say."""
        ...

    def show_preview(self, draft: Draft) -> None: ...

    def send_summary(self, draft: Draft) -> str:
        """What is being sent, for the confirmation (plain text)."""
        ...

    def checks_note(self) -> str:
        """What the Checks tab found worth a line in the confirmation (plain text, "" for
        nothing): errors, said, never blocking the send."""
        ...

    def journal_extra(self, draft: Draft) -> dict:
        """More for the journal entry: ``template_id``, ``test_data``."""
        ...

    def after_send(self, profile: Profile, report: SendReport) -> None:
        """After every attempt, as ``profile``: the pane's own follow-up (Templates marks the
        template used in that profile's library)."""
        ...
