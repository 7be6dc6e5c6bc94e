"""mailup-gui: a desktop client for MailUp's transactional email API."""

from typing import Any

# The reverse-DNS id shared by the .desktop file, the AppStream metainfo, the macOS bundle and
# the window's desktop-file name (how Wayland and taskbars match a window to its launcher).
APP_ID = "io.github.mailup_gui.MailupGui"


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
