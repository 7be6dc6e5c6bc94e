"""KeyedTableModel: diff updates, sorting by column keys, highlights; selection survives all."""

from PySide6.QtCore import QPersistentModelIndex, Qt

from mailup_gui.ui.widgets.colour import surface_colours
from mailup_gui.ui.widgets.keyed_table_model import Column, KeyedTableModel


def make_model() -> KeyedTableModel:
    return KeyedTableModel(
        [
            Column("Name", lambda r: r["name"]),
            Column("Size", lambda r: f"{r['size']} B", lambda r: r["size"]),
        ],
        key="name",
    )


def rows(*pairs):
    return [{"name": name, "size": size} for name, size in pairs]


def names(model) -> list[str]:
    return [model.row(i)["name"] for i in range(model.rowCount())]


def test_sorting_uses_the_column_key_and_keeps_persistent_indexes(qapp, qtmodeltester):
    model = make_model()
    model.set_rows(rows(("a", 10), ("b", 9), ("c", 100)))
    held = QPersistentModelIndex(model.index(2, 1))  # "c"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["b", "a", "c"]  # 9 < 10 < 100, not "10 B" < "100 B" < "9 B"
    assert model.row(held.row())["name"] == "c" and held.column() == 1
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["c", "b", "a"]
    qtmodeltester.check(model)


def test_updates_stay_sorted_and_removals_come_in_runs(qapp):
    model = make_model()
    model.sort(1)
    model.set_rows(rows(*[(f"u{i}", i) for i in range(10)]))
    assert names(model) == [f"u{i}" for i in range(10)]  # sorted before the first insert
    removed = []
    model.rowsAboutToBeRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    kept = [(f"u{i}", i) for i in (0, 1, 5, 9)] + [("u1b", 1), ("u0", 50)]  # u0 grows
    model.set_rows(rows(*kept))
    assert removed == [(6, 8), (2, 4)]  # two signals for six rows, from the bottom up
    assert names(model) == ["u1", "u1b", "u5", "u9", "u0"]
    assert model.row_of_key("u9") == 3


def test_highlight_is_a_tint_and_bold_until_cleared(qapp):
    model = make_model()
    model.set_rows(rows(("a", 1), ("b", 2)))
    changed = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.set_highlighted({"b"})
    assert changed == [1]
    assert (
        model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole)
        == surface_colours("highlight")[0]
    )
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    model.set_highlighted(())
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
