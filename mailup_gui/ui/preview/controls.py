"""The preview's view settings: device width, the recipient's colour setting, images off and
the inbox line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .colours import Scheme

MOBILE_WIDTH = 375  # CSS pixels of a common phone (iPhone 6–8, SE, mini)
MIN_WIDTH, MAX_WIDTH = 240, 1600


class ViewControls(QWidget):
    width_changed = Signal(object)  # int pixels, or None for the full width
    scheme_changed = Signal(object)  # Scheme
    images_changed = Signal(bool)  # True: images off, as before the reader allows them
    inbox_changed = Signal(bool)  # True: show the inbox line above the message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.device = QComboBox()
        self.device.addItem(self.tr("Desktop"), "desktop")
        self.device.addItem(self.tr("Mobile ({width} px)").format(width=MOBILE_WIDTH), "mobile")
        self.device.addItem(self.tr("Custom width"), "custom")
        self.device.setAccessibleName(self.tr("Preview width"))
        self.device.setToolTip(
            self.tr(
                "Desktop fills the pane; Mobile shows a phone-wide column; Custom uses the width "
                "on the right"
            )
        )
        self.custom = QSpinBox()
        self.custom.setRange(MIN_WIDTH, MAX_WIDTH)
        self.custom.setValue(600)
        self.custom.setSuffix(self.tr(" px"))
        self.custom.setAccessibleName(self.tr("Custom preview width in pixels"))
        self.custom.setToolTip(
            self.tr("Width of the preview for Custom, {low} to {high} pixels").format(
                low=MIN_WIDTH, high=MAX_WIDTH
            )
        )
        self.custom.setEnabled(False)
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("Light"), Scheme.LIGHT)
        self.scheme.addItem(self.tr("Dark: the email's own dark style"), Scheme.DARK)
        self.scheme.addItem(self.tr("Dark: colours inverted by the app"), Scheme.INVERTED)
        self.scheme.setAccessibleName(self.tr("Recipient's colour setting"))
        self.scheme.setToolTip(
            self.tr(
                "Dark as a mail app set to dark shows it. Apple Mail and iOS use the email's "
                "prefers-color-scheme style; Gmail and Outlook apps darken the colours themselves"
            )
        )
        shrinkable = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        for combo in (self.device, self.scheme):  # narrow panes: the combos shrink, not the app
            combo.setSizeAdjustPolicy(shrinkable)
            combo.setMinimumContentsLength(8)
        self.images_off = QCheckBox(self.tr("Images off"))
        self.images_off.setToolTip(
            self.tr(
                "As most mail apps show the email before the reader allows images: each image "
                "is a box of its size with its alt text"
            )
        )
        self.inbox = QCheckBox(self.tr("Inbox line"))
        self.inbox.setToolTip(
            self.tr(
                "From, Subject and preheader as an inbox list shows them, cut where a phone "
                "and a desktop mail app cut them"
            )
        )
        note = QLabel(self.tr("Approximate: every mail app renders a little differently."))
        note.setWordWrap(True)
        note.setToolTip(
            self.tr(
                "Widths and dark modes imitate mail apps with Chromium; check important emails in "
                "the real apps too"
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.device, 2)
        row.addWidget(self.custom, 1)
        row.addWidget(self.scheme, 3)
        second = QHBoxLayout()  # beside the note: the first row keeps its width
        second.addWidget(self.images_off)
        second.addWidget(self.inbox)
        second.addWidget(note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(second)
        self.device.currentIndexChanged.connect(self._on_width)
        self.custom.valueChanged.connect(self._on_width)
        self.scheme.currentIndexChanged.connect(
            lambda: self.scheme_changed.emit(self.scheme.currentData())
        )
        self.images_off.toggled.connect(self.images_changed)
        self.inbox.toggled.connect(self.inbox_changed)

    def current_width(self) -> int | None:
        kind = self.device.currentData()
        if kind == "mobile":
            return MOBILE_WIDTH
        return self.custom.value() if kind == "custom" else None

    def current_scheme(self) -> Scheme:
        return self.scheme.currentData()

    def _on_width(self) -> None:
        self.custom.setEnabled(self.device.currentData() == "custom")
        self.width_changed.emit(self.current_width())
