"""The name/value table (merge tags, extended headers): a long name shows whole."""

from mailup_gui.ui.widgets.name_value_table import NameValueTable


def test_a_long_merge_tag_name_shows_whole_with_its_tooltip(qtbot):
    table = NameValueTable("Merge tag", "Value")
    qtbot.addWidget(table)
    table.resize(600, 300)
    table.show()
    qtbot.waitExposed(table)
    name = "expires_minutes_after_signup_reminder"
    table.set_rows([("name", "Mario"), (name, "30")])
    view = table.table
    assert view.columnWidth(0) >= view.sizeHintForColumn(0)
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(name)
    item = view.item(1, 0)
    assert item is not None
    item.setText(name + "_again")  # typed: the column grows with it
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(name + "_again")
