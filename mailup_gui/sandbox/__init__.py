"""A local MailUp-compatible server: same paths, same codes, an outbox instead of delivery.

No Qt here. Start it with ``mailup-sandbox`` (see ``cli.py``) or in-process with
``server.SandboxServer``; drive it with ``admin.SandboxAdmin``. The data format and the
``/sandbox/`` endpoints are described in ``README.md`` beside this file.

This module stays import-free so that the GUI can load ``admin`` without uvicorn.
"""


class SandboxError(Exception):
    """The sandbox cannot start: bad data file, unusable database, busy port. One-line message."""
