"""Render the app icon's SVG (resources/icons/app/mailup-gui.svg) into what each OS wants:

  OUT_DIR/hicolor/<n>x<n>/apps/<APP_ID>.png   n = 16 … 512, plus scalable/apps/<APP_ID>.svg (Linux)
  OUT_DIR/mailup-gui.ico                      16 … 256 (Windows: the .exe and the installer)
  OUT_DIR/mailup-gui.icns                     16 … 1024 (macOS: the .app)

Qt alone does it: QSvgRenderer (PySide6-Essentials) draws each size, and the .ico and .icns
containers are written here with PNG entries, which Windows Vista+ and macOS 10.7+ read. So
the build needs neither Pillow nor icnsutils. The outputs are build products, not committed:
the PyInstaller spec and the Linux tarball recipe run this.
  python packaging/make_icons.py OUT_DIR
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from mailup_gui import APP_ID
from mailup_gui.resources import resource_path

SOURCE = resource_path("icons", "app", "mailup-gui.svg")
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The PNG-bearing icns element types and their pixel sizes (Apple's "@2x" types included).
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 stands for 256), then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(elements: dict[bytes, bytes]) -> bytes:
    """'icns' and the file length, then per element its type, length (header included), data."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in elements.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])  # QPainter wants one  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    sizes = set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES.values())
    pngs = {size: render_png(renderer, size) for size in sorted(sizes)}

    hicolor = out_dir / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    (out_dir / "mailup-gui.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out_dir / "mailup-gui.icns").write_bytes(icns({k: pngs[s] for k, s in ICNS_TYPES.items()}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    make_icons(Path(sys.argv[1]))
