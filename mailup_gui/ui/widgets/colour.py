"""A profile's colour as a small square icon (profile lists and the switcher)."""

from PySide6.QtGui import QColor, QIcon, QPixmap


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
