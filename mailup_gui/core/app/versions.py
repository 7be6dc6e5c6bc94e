"""Versions support asks for: the libraries the app talks to MailUp and the keyring with.

Read from the installed distributions' metadata, never imported (the HTTP client is slow to
import, and the About dialog must open at once).
"""

from __future__ import annotations

from importlib import metadata

# The libraries below the UI whose behaviour a support ticket may depend on.
LIBRARIES = ("httpx", "keyring", "msgspec")


def distribution_field(name: str, *fields: str) -> str:
    """The first of ``fields`` the installed distribution ``name`` has in its metadata."""
    try:
        found = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return "?"
    # An email.message.Message at run time; typeshed types .get only from Python 3.12 on.
    return next(
        (value for field in fields if (value := found.get(field))),  # pyright: ignore[reportAttributeAccessIssue]
        "?",
    )


def library_versions() -> list[tuple[str, str]]:
    return [(name, distribution_field(name, "Version")) for name in LIBRARIES]
