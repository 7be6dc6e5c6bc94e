"""Quit signals that come before the window can act on them: held, then acted on.

The app starts its sandbox child before its window is built, and the window handles SIGTERM,
SIGINT and SIGHUP only after its first paint (``ui/quit_signals.py``). A signal in between
would end the app on the spot, leaving the child to notice on its own: instead it is held here
(the handler only records it) and the window quits cleanly as soon as it can.
"""

from __future__ import annotations

import signal

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)
_held: list[int] = []


def hold() -> None:
    for signum in SIGNALS:
        signal.signal(signum, lambda signum, _frame: _held.append(signum))


def held() -> bool:
    """Whether one came while held."""
    return bool(_held)
