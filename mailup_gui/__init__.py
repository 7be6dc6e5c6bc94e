"""mailup-gui: a desktop client for MailUp's transactional email API."""

from typing import Any


def __getattr__(name: str) -> Any:
    # The version is looked up on first use: reading package metadata costs start-up time.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("mailup-gui")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            version = "0.0.0+source"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
