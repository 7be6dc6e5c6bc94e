"""The XSmtpAPI options: merge-tag values, campaign, tracking, priority and schedule.

One editor per member of ``core.message.options.OPTION_FIELDS``, made by its kind
(``option_editors``) and placed in its group: the panel lists no member by hand.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from ...core.message.options import OPTION_FIELDS, OptionGroup, Options
from ..core_texts import translated
from .option_editors import MergeValues, OptionEditor, ScheduleChoice, editor_for
from .sizing import scrolled

Editor = TypeVar("Editor", bound=QWidget)


class XSmtpApiPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, OptionEditor] = {}
        titles = {
            OptionGroup.MERGE_TAGS: self.tr("Merge tags (DynamicFields)"),
            OptionGroup.CAMPAIGN: self.tr("Campaign"),
            OptionGroup.DELIVERY: self.tr("Delivery"),
        }
        # One above the other, each as wide as the pane: side by side, a laptop-size window
        # left the campaign fields a few characters wide. The merge tags first: the most used
        # part, and the one that grows.
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        for group, title in titles.items():
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            form = QFormLayout()
            for field in (field for field in OPTION_FIELDS if field.group is group):
                editor = self.editors[field.name] = editor_for(field)
                editor.changed.connect(self.changed)
                if isinstance(editor, MergeValues):  # a table: the group's title names it
                    box_layout.addWidget(editor, 1)
                else:
                    form.addRow(translated(field.label), editor)
            box_layout.addLayout(form)
            content.addWidget(box, 1 if group is OptionGroup.MERGE_TAGS else 0)
        layout = QVBoxLayout(self)  # scrolls in a short window rather than crushing the fields
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(content))
        # the two that others reach: the merge values (test data, the form's tags), the schedule
        self.merge_values = self._editor("dynamic_fields", MergeValues)
        self.schedule = self._editor("schedule", ScheduleChoice)

    def _editor(self, name: str, kind: type[Editor]) -> Editor:
        editor = self.editors[name]
        assert isinstance(editor, kind)  # OPTION_FIELDS declares its kind
        return editor

    # ----- values -----------------------------------------------------------------------
    def options(self) -> Options:
        values: dict[str, Any] = {name: editor.value() for name, editor in self.editors.items()}
        return Options(**values)

    def set_options(self, options: Options) -> None:
        for name, editor in self.editors.items():
            editor.set_value(getattr(options, name))

    def sync_merge_tags(self, tags: list[str]) -> None:
        """List every tag found in the content; typed values and extra rows stay."""
        rows = self.merge_values.rows()
        known = {name.lower() for name, _ in rows}
        missing = [(tag, "") for tag in tags if tag.lower() not in known]
        if missing:
            self.merge_values.set_rows(rows + missing)
