"""packaging/make_icons.py: the app icon at every size each OS asks for, in files Qt (like the
OSes) can read back."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

from mailup_gui import APP_ID

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "make_icons.py"


@pytest.fixture(scope="module")
def icons(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(SCRIPT), str(out)], check=True)
    return out


def sizes_in(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert image.width() == image.height(), reader.errorString()
        sizes.append(image.width())
    return sizes


def test_hicolor_theme_has_every_size_and_the_svg(qapp, icons):
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert QImageReader(str(png)).size().width() == size
    assert (icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_ico_holds_the_windows_sizes(qapp, icons):
    assert sizes_in(icons / "mailup-gui.ico") == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_the_macos_sizes(qapp, icons):
    assert sorted(set(sizes_in(icons / "mailup-gui.icns"))) == [16, 32, 64, 128, 256, 512, 1024]
