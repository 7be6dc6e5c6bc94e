"""``Problem``: one thing wrong with a request, named by its member in MailUp's terms.

Its own module so that the error family (``api.errors``) and the sandbox can name it without
reaching the client's checks (``api.validation``), which the sandbox never uses.
"""

from __future__ import annotations

from dataclasses import dataclass

MALFORMED = "1"  # MailUp's code for a member it cannot accept


@dataclass(frozen=True)
class Problem:
    field: str  # e.g. ``To[2].Email``, ``XSmtpAPI.Priority``
    message: str  # how to fix it
    code: str = MALFORMED  # the MailUp code MailUp answers with for it
