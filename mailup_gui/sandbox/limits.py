"""How long a header's parts may be: one place for the API (400, code 1) and the SMTP+ relay.

MailUp publishes no such limits; these are the sandbox's own, chosen so that nothing a mail
program writes is refused and nothing is taken that no mailbox would show whole:
- Subject and display names: RFC 5322's longest line, 998 characters (Outlook shows 255 of a
  subject);
- an extended header's name: 76 characters, so that it fits a 78-character line with its
  colon (a name cannot be folded); its value: 8,192 characters, far above what programs write
  (a DKIM signature or a List-Unsubscribe with long tokens stays under 2,000) and, however it
  is encoded, under the 102,400 bytes Postfix keeps of one header (header_size_limit);
- file names: 255 characters, the longest name file systems take; ContentIds: 255 too.
"""

from __future__ import annotations

SUBJECT_CHARS = 998
DISPLAY_NAME_CHARS = 998
HEADER_NAME_CHARS = 76
HEADER_VALUE_CHARS = 8192
FILENAME_CHARS = 255
CONTENT_ID_CHARS = 255


def too_long(length: int, limit: int) -> str:
    """Why a part is refused, in the words both the API's 400 and the relay's 552 give."""
    return f"{length:,} characters, {OVER_THE_LIMIT} {limit:,}: shorten it."


# The words that tell the relay a refusal is about size (552), not form (550).
OVER_THE_LIMIT = "over the sandbox's limit of"
