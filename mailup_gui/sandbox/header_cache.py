"""An ``email`` policy that parses each header value once per message.

``policy.default`` parses a header again at every access: reading one message back into a
request asks for each part's Content-Type and Content-Disposition several times (its type, its
charset, its file name, its body), and that parsing was most of the relay's time. Parsed
headers are immutable, so the same object can be handed out again. Only a copy made by
``for_one_message`` keeps what it parsed, for that message: nothing is kept for the next.
"""

from __future__ import annotations

from email.policy import EmailPolicy
from typing import Any, Self


class CachingPolicy(EmailPolicy):
    _parsed: dict[tuple[str, str], Any] | None = None  # only in a for_one_message copy

    def for_one_message(self) -> Self:
        copy = self.clone()
        object.__setattr__(copy, "_parsed", {})  # policies are frozen: set as clone() does
        return copy

    def clone(self, **kw: Any) -> Self:
        copy = super().clone(**kw)
        object.__setattr__(copy, "_parsed", None)  # its own settings, and not for one message
        return copy

    def header_fetch_parse(self, name: str, value: Any) -> Any:
        parsed = self._parsed
        if parsed is None or hasattr(value, "name") or not isinstance(value, str):
            return super().header_fetch_parse(name, value)  # not cached, or parsed already
        key = (name, value)
        if key not in parsed:
            parsed[key] = super().header_fetch_parse(name, value)
        return parsed[key]
