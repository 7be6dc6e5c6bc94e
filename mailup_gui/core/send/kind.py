"""``SendKind``: the MailUp method a send goes through, as the journal stores it.

Apart from the pipeline so that the journal and the request files name it without loading the
pipeline (the client, the keyring). Its value is MailUp's method name (``SendMessage``).
"""

from __future__ import annotations

import enum

from ...api.endpoints import SEND_MESSAGE_PATH, SEND_TEMPLATE_PATH
from .result import Channel


class SendKind(enum.StrEnum):
    """Which MailUp method a pane sends through, with what goes with it."""

    MESSAGE = "SendMessage"
    TEMPLATE = "SendTemplate"

    @property
    def method(self) -> str:
        return self.value

    @property
    def path(self) -> str:
        return SEND_MESSAGE_PATH if self is SendKind.MESSAGE else SEND_TEMPLATE_PATH

    @property
    def draft_slot(self) -> str:
        """The pane's slot in the draft store."""
        return "message" if self is SendKind.MESSAGE else "template"

    @property
    def channels(self) -> tuple[Channel, ...]:
        """The channels that can send it: MailUp's relay has no stored templates."""
        return (Channel.API, Channel.SMTP) if self is SendKind.MESSAGE else (Channel.API,)

    @property
    def code_fields(self) -> dict[str, str]:
        """Which MailUp code points at which field when the server refuses a send."""
        fields = {"109": "To", "110": "From", "102": "From"}
        if self is SendKind.TEMPLATE:
            fields["111"] = "TemplateId"
        return fields
