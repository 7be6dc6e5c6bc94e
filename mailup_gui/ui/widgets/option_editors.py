"""One editor per kind of XSmtpAPI option (``core.message.options.OptionKind``).

Each has ``value()``, ``set_value()`` and ``changed``, so the option panel reads and fills every
member the same way. The switches have three states — the SMTP+ user's default (nothing sent),
on, off — because MailUp treats a missing member as "use the default", which is not "off".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QHBoxLayout, QLineEdit, QWidget

from ...core.message.options import OptionField, OptionKind
from ..core_texts import translated
from .name_value_table import NameValueTable


class TextOption(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str) -> None:
        self.setText(value)


class TriState(QComboBox):
    """Account default / On / Off."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Account default"), None)
        self.addItem(self.tr("On"), True)
        self.addItem(self.tr("Off"), False)
        self.currentIndexChanged.connect(self.changed)

    def setToolTip(self, tip: str) -> None:  # every switch says what its default does
        super().setToolTip(tip + " " + self.tr("“Account default” sends nothing."))

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(self.findData(value))


class PriorityChoice(QComboBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Account default"), None)
        for level in range(1, 6):
            label = {1: self.tr("1 (highest)"), 5: self.tr("5 (lowest)")}.get(level, str(level))
            self.addItem(label, level)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class ScheduleChoice(QWidget):
    """ "Send at" and the time: None (send now) until it is ticked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = QCheckBox(self.tr("Send at"))
        self.on.setAccessibleName(self.tr("Schedule the send"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setToolTip(self.tr("Your local time; it is sent with its UTC offset"))
        self.when.setAccessibleName(self.tr("Scheduled time"))
        self.when.setEnabled(False)
        self.when.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.on.toggled.connect(self.when.setEnabled)
        self.on.toggled.connect(self._on_toggled)
        self.on.toggled.connect(self.changed)
        self.when.dateTimeChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.on)
        layout.addWidget(self.when, 1)

    def _on_toggled(self, on: bool) -> None:
        if on and self.when.dateTime() <= QDateTime.currentDateTime():
            self.when.setDateTime(QDateTime.currentDateTime().addSecs(3600))

    def value(self) -> datetime | None:
        """The chosen time, aware, in the local zone (so it goes out with its UTC offset)."""
        if not self.on.isChecked():
            return None
        # PySide6 converts between QDateTime and datetime; its stubs say object / QDateTime only.
        local: datetime = self.when.dateTime().toPython()  # pyright: ignore[reportAssignmentType]
        return local.astimezone()  # a naive local time becomes aware with the local offset

    def set_value(self, when: datetime | None) -> None:
        self.on.setChecked(when is not None)
        if when is not None:
            naive_local = when.astimezone().replace(tzinfo=None)  # (see value on the stubs)
            self.when.setDateTime(QDateTime(naive_local))  # pyright: ignore[reportArgumentType]


class MergeValues(NameValueTable):
    """DynamicFields: [tag] → value rows, a row without a value kept as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Merge tag"), self.tr("Value"), parent=parent)

    def value(self) -> list[tuple[str, str]]:
        return self.rows()

    def set_value(self, rows: list[tuple[str, str]]) -> None:
        self.set_rows(rows)


OptionEditor = TextOption | TriState | PriorityChoice | ScheduleChoice | MergeValues
_EDITORS: dict[OptionKind, type[OptionEditor]] = {
    OptionKind.TEXT: TextOption,
    OptionKind.SWITCH: TriState,
    OptionKind.PRIORITY: PriorityChoice,
    OptionKind.SCHEDULE: ScheduleChoice,
    OptionKind.MERGE_VALUES: MergeValues,
}


def editor_for(field: OptionField) -> OptionEditor:
    """The editor of ``field``'s kind, named and explained by the field."""
    editor = _EDITORS[field.kind]()
    label = translated(field.label)
    tip = translated(field.tip)
    if isinstance(editor, ScheduleChoice):  # the box and the time speak for themselves
        editor.on.setToolTip(tip)
    else:
        editor.setAccessibleName(label)
        editor.setToolTip(tip)
    return editor
