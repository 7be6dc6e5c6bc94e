"""One unit system for sizes: the app's, in both languages, is the file dialog's (KiB = 1024)."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileSystemModel

from mailup_gui.ui.widgets.file_parts import human_size


def test_a_size_reads_as_the_file_dialog_shows_it(tmp_path, qtbot):
    (tmp_path / "invoice.pdf").write_bytes(b"x" * 1536)
    model = QFileSystemModel()
    root = model.setRootPath(str(tmp_path))
    qtbot.waitUntil(lambda: model.rowCount(root) == 1, timeout=10_000)
    dialog_text = model.index(0, 1, root).data()  # the Size column QFileDialog shows
    assert human_size(1536) == dialog_text == "1.50 KiB"


def test_italian_sizes_use_the_same_units_with_a_decimal_comma():
    QLocale.setDefault(QLocale("it"))
    try:
        assert human_size(1536) == "1,50 KiB"
        assert human_size(10 * 1024 * 1024) == "10,00 MiB"
        assert human_size(900) == "900 byte"
    finally:
        QLocale.setDefault(QLocale.system())
