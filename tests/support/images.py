"""Images whose pixels a screenshot can find."""

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage


def png(colour: QColor, size: int = 60) -> bytes:
    """A solid-colour PNG: an image whose pixels a screenshot can find."""
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(colour)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
