"""An ``email`` policy that parses each header value once per message.

``policy.default`` parses a header again at every access: reading one message back into a
request asks for each part's Content-Type and Content-Disposition several times (its type, its
charset, its file name, its body), and that parsing was most of the relay's time. Parsed
headers are immutable, so the same object can be handed out again. One policy per message
(``for_one_message``): nothing is kept from one message to the next.
"""

from __future__ import annotations

from email.policy import EmailPolicy
from typing import Any, Self


class CachingPolicy(EmailPolicy):
    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        object.__setattr__(self, "_parsed", {})  # policies are frozen: set as their __init__ does

    def clone(self, **kw: Any) -> Self:
        copy = super().clone(**kw)
        object.__setattr__(copy, "_parsed", {})  # other settings may parse otherwise
        return copy

    def header_fetch_parse(self, name: str, value: Any) -> Any:
        if hasattr(value, "name") or not isinstance(value, str):  # parsed already, or odd
            return super().header_fetch_parse(name, value)
        parsed: dict[tuple[str, str], Any] = self._parsed  # pyright: ignore[reportAttributeAccessIssue]
        key = (name, value)
        if key not in parsed:
            parsed[key] = super().header_fetch_parse(name, value)
        return parsed[key]
