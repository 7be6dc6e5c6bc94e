"""Images off, as most mail apps show an email before the reader allows images.

Chromium's own switch (``AutoLoadImages`` off) leaves each ``<img>`` a box of its size with
its alt text, and background images out, but still shows images written into the document as
``data:`` URLs; those are pointed at an address that never loads. No Qt: plain text.
"""

from __future__ import annotations

import re

_DATA_IMAGE = re.compile(r"data:image/", re.IGNORECASE)
NOWHERE = "cid:images-off/"  # served by nobody while images are off


def without_inline_images(html: str) -> str:
    """``html`` with its ``data:`` images (in src, srcset and CSS url()) made unloadable."""
    return _DATA_IMAGE.sub(NOWHERE, html)
