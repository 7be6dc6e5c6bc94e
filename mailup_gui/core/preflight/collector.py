"""The cyclic garbage collector held off while a check runs.

A check makes ~55,000 objects that live until it ends (the tree of a 600 KB message); that many
new survivors starts a full collection, which walks every object of the process with the
interpreter lock held: tens of ms (30-70 measured, more on a loaded machine) in which no other
thread, the GUI's included, runs any Python.
Held off, the check allocates freely, and its tree, taken apart at the end
(``Document.release``), is freed by reference counting, leaving the collector nothing to do.
Checks on several threads share one hold; the collector resumes when the last one ends, unless
it was off when the first began."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Holds:
    """The checks running now, and whether the collector was on before the first of them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.resume = False


_HOLDS = _Holds()


@contextmanager
def collection_held() -> Iterator[None]:
    with _HOLDS.lock:
        if _HOLDS.running == 0:
            _HOLDS.resume = gc.isenabled()
            gc.disable()
        _HOLDS.running += 1
    try:
        yield
    finally:
        with _HOLDS.lock:
            _HOLDS.running -= 1
            if _HOLDS.running == 0 and _HOLDS.resume:
                gc.enable()
