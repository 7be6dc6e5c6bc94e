"""Where MailUp's transactional API lives, and the two ways a send reaches MailUp.

Cheap to import: the shell reads it before first paint.
"""

import enum

PRODUCTION_BASE_URL = "https://send.mailup.com/API/v2.0/"
SEND_MESSAGE_PATH = "messages/sendmessage"
SEND_TEMPLATE_PATH = "messages/sendtemplate"
LIST_USER_INFO_PATH = "users/listuserinfo"


class Channel(enum.Enum):
    """How a send reaches MailUp: its transactional HTTP API or its SMTP+ relay (here, below
    core, as the settings remember the channel chosen for each profile).

    A plain Enum, not a StrEnum: the send form keeps it as a combo box item's data, and PySide6
    hands a str subclass back as a plain str, where ``is Channel.SMTP`` would quietly fail."""

    API = "api"
    SMTP = "smtp"


def normalize_base_url(base_url: str) -> str:
    """The base URL with exactly one trailing slash, so method paths join under it."""
    return base_url.strip().rstrip("/") + "/"
