"""The Test data page: named sets of merge-tag values per template, applied in one click,
saved from the values typed, imported from and exported to CSV or JSON (core.message.merge_data)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.message.merge_data import MergeDataSet
from ...core.message.template_library import TemplateLibrary
from ..core_texts import translated
from ..tasks import TaskRunner
from ..widgets.sizing import keep_rows

_FILTERS = "CSV (*.csv);;JSON (*.json)"


class MergeDataPage(QWidget):
    applied = Signal(object)  # the MergeDataSet the user applied
    edit_values_requested = Signal()  # values are typed in Options & merge tags

    def __init__(
        self,
        library: TemplateLibrary,
        tasks: TaskRunner,
        current_values: Callable[[], list[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._tasks = tasks
        self._current_values = current_values
        self._owner: tuple[str, int] | None = None  # (profile id, template id) shown
        self._sets: dict[str, MergeDataSet] = {}

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.where_to_type = QLabel(
            self.tr(
                "Type the values in <a href='#merge-tags'>Options and merge tags</a>, then "
                "save them here as a set to use again."
            )
        )
        self.where_to_type.setWordWrap(True)
        self.where_to_type.setAccessibleName(self.tr("Where to type test values"))
        self.where_to_type.linkActivated.connect(lambda _link: self.edit_values_requested.emit())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Test-data sets of this template"))
        keep_rows(self.list)
        self.list.setToolTip(
            self.tr("Named merge-tag values for this template; double-click one to apply it")
        )
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.apply_selected())
        self.values = QLabel()
        self.values.setWordWrap(True)
        self.values.setTextFormat(Qt.TextFormat.RichText)
        self.values.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.values.setAccessibleName(self.tr("Values of the selected set"))
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.in_use.setAccessibleName(self.tr("Test data in use"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Test data result"))

        self.apply_button = self._button(
            self.tr("&Apply"),
            self.tr("Put the selected set's values into the merge tags (Options && merge tags)"),
            self.apply_selected,
        )
        self.save_button = self._button(
            self.tr("Save values as…"),
            self.tr("Save the merge-tag values typed now as a named set"),
            self.save_current,
        )
        self.import_button = self._button(
            self.tr("Import…"),
            self.tr(
                "Add a set from a .csv file (header row tag,value) or a .json file "
                '({"name": …, "values": {tag: value}})'
            ),
            self.import_file,
        )
        self.export_button = self._button(
            self.tr("Export…"),
            self.tr("Save the selected set as .csv or .json"),
            self.export_selected,
        )
        self.delete_button = self._button(
            self.tr("Delete"), self.tr("Delete the selected set"), self.delete_selected
        )
        buttons = QVBoxLayout()
        for button in (
            self.apply_button,
            self.save_button,
            self.import_button,
            self.export_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 2)
        middle.addWidget(self.values, 3)
        middle.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.where_to_type)
        layout.addLayout(middle, 1)
        layout.addWidget(self.in_use)
        layout.addWidget(self.status)
        self.follow(None, 0)

    def _button(self, text: str, tooltip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # ----- which template ---------------------------------------------------------------
    def follow(self, profile_id: str | None, template_id: int) -> None:
        """Show the sets of this profile's template (none without a profile or an ID)."""
        owner = (profile_id, template_id) if profile_id and template_id else None
        if owner != self._owner:
            self._owner = owner
            self.status.clear()
        self.intro.setText(
            self.tr("Test data of template {id}, kept on this computer for this profile.").format(
                id=template_id
            )
            if owner
            else self.tr("Enter a TemplateId: test data is kept per template.")
        )
        self.reload()

    def reload(self, select: str | None = None) -> None:
        current = select or (self.list.currentItem().text() if self.list.currentItem() else None)
        sets = self._library.sets(*self._owner) if self._owner else []
        self._sets = {data_set.name: data_set for data_set in sets}
        self.list.clear()
        for data_set in sets:
            item = QListWidgetItem(data_set.name)
            item.setToolTip(", ".join(f"{tag} = {value}" for tag, value in data_set.values))
            self.list.addItem(item)
            if data_set.name == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        for button in (self.save_button, self.import_button):
            button.setEnabled(self._owner is not None)
        self._on_current(self.list.currentItem(), None)

    def selected(self) -> MergeDataSet | None:
        item = self.list.currentItem()
        return self._sets.get(item.text()) if item else None

    def _on_current(self, item, _previous) -> None:
        data_set = self._sets.get(item.text()) if item else None
        for button in (self.apply_button, self.export_button, self.delete_button):
            button.setEnabled(data_set is not None)
        self.values.setText(
            "<br>".join(f"<b>[{escape(tag)}]</b> {escape(value)}" for tag, value in data_set.values)
            if data_set
            else ""
        )

    def show_in_use(self, name: str | None, edited: bool) -> None:
        """Which set the merge tags hold: ``edited`` when they were changed after applying it."""
        if name is None:
            self.in_use.clear()
        elif edited:
            self.in_use.setText(
                self.tr(
                    "The values were edited after “{name}” was applied: the journal records no set."
                ).format(name=name)
            )
        else:
            self.in_use.setText(
                self.tr("In use: “{name}” (recorded in the journal with each send).").format(
                    name=name
                )
            )

    # ----- actions ----------------------------------------------------------------------
    def apply_selected(self) -> None:
        data_set = self.selected()
        if data_set is not None:
            self.applied.emit(data_set)

    def save_current(self) -> None:
        if self._owner is None:
            return
        values = tuple((tag.strip(), value) for tag, value in self._current_values() if tag.strip())
        if not values:
            self.status.setText(self.tr("There are no merge-tag values to save yet."))
            return
        selected = self.selected()
        suggestion = selected.name if selected else self.tr("Test data")
        name, ok = QInputDialog.getText(
            self, self.tr("Save test data"), self.tr("Set name:"), text=suggestion
        )
        name = name.strip()
        if not ok or not name:
            return
        if (
            name in self._sets
            and QMessageBox.question(
                self,
                self.tr("Save test data"),
                self.tr("Replace the set “{name}”?").format(name=name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._library.save_set(*self._owner, MergeDataSet(name, values))
        self.reload(select=name)
        self.status.setText(self.tr("Saved the set “{name}”.").format(name=name))

    def import_file(self) -> None:
        if self._owner is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import test data"),
            "",
            self.tr("Test data (*.csv *.json);;{filters}").format(filters=_FILTERS),
        )
        if not path:
            return
        owner, library = self._owner, self._library

        def work() -> tuple[MergeDataSet, bool]:
            from ...core.message.merge_data import read_set

            data_set = read_set(path)
            replaced = any(s.name == data_set.name for s in library.sets(*owner))
            library.save_set(*owner, data_set)
            return data_set, replaced

        self._tasks.run(work, self._on_imported, self._on_file_failed)

    def _on_imported(self, result: tuple[MergeDataSet, bool]) -> None:
        data_set, replaced = result
        self.reload(select=data_set.name)
        message = (
            self.tr("Imported “{name}”, replacing the set of that name.")
            if replaced
            else self.tr("Imported “{name}”.")
        )
        self.status.setText(message.format(name=data_set.name))

    def export_selected(self) -> None:
        data_set = self.selected()
        if data_set is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export test data"), f"{data_set.name}.csv", _FILTERS
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".csv", ".json"):
            path += ".json" if "json" in chosen.lower() else ".csv"

        def work() -> str:
            from ...core.message.merge_data import write_set

            write_set(path, data_set)
            return path

        self._tasks.run(
            work,
            lambda saved: self.status.setText(
                self.tr("Exported “{name}” to {path}.").format(name=data_set.name, path=saved)
            ),
            self._on_file_failed,
            owner=self,
        )

    def _on_file_failed(self, error: Exception) -> None:
        self.status.setText(translated(str(error)))

    def delete_selected(self) -> None:
        data_set = self.selected()
        if data_set is None or self._owner is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete test data"),
            self.tr("Delete the set “{name}”?").format(name=data_set.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._library.delete_set(*self._owner, data_set.name)
        self.reload()
        self.status.setText(self.tr("Deleted the set “{name}”.").format(name=data_set.name))
