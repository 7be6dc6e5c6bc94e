"""Where MailUp's transactional API lives.

Cheap to import: the shell reads it before first paint.
"""

PRODUCTION_BASE_URL = "https://send.mailup.com/API/v2.0/"
SEND_MESSAGE_PATH = "messages/sendmessage"
SEND_TEMPLATE_PATH = "messages/sendtemplate"
LIST_USER_INFO_PATH = "users/listuserinfo"


def normalize_base_url(base_url: str) -> str:
    """The base URL with exactly one trailing slash, so method paths join under it."""
    return base_url.strip().rstrip("/") + "/"
