"""Whether MailUp will take the From typed for a profile's SMTP+ user, from the senders and
domains the Dashboard last listed for it: the envelope marks it, the confirmation names it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.account.profiles import Profile
from ...core.message.content_checks import sender_allowed
from ..context import AppContext


def sender_refusal(context: AppContext, profile: Profile | None, address: str) -> str | None:
    """Why MailUp will refuse ``address`` as From for ``profile`` (plain text, masked as the
    screen-share setting asks), or None when it is allowed or the lists are not known."""
    user = context.user_states.own_user(profile) if profile else None
    address = address.strip()
    if profile is None or user is None or not address:
        return None
    if sender_allowed(address, user.sender_list, user.domain_list) is not False:
        return None
    privacy = context.privacy
    # the envelope's words first, under its context: their translation stays as it was
    return QCoreApplication.translate(
        "EnvelopeForm",
        "{address} is not among the senders or domains MailUp allows for {user}: "
        "MailUp will refuse the send (code 102). Allowed: {senders} {domains}",
    ).format(
        address=privacy.address(address),
        user=privacy.username(profile.username),
        senders=privacy.addresses_in(user.sender_list or ""),
        domains=user.domain_list or "",
    )
