#!/usr/bin/env bash
# The Linux tar.gz: the one-folder bundle with its .desktop file, AppStream metainfo and icons,
# laid out as an install prefix, so that users can install it without root:
#   tar -xzf mailup-gui-VERSION-linux-ARCH.tar.gz -C ~/.local --strip-components=1
# (bin/mailup-gui, lib/mailup-gui/, share/applications, share/metainfo, share/icons/hicolor).
#   packaging/linux/make_tarball.sh [BUNDLE_DIR [OUT_DIR]]    default: dist/mailup-gui dist
# PYTHON (default .venv/bin/python) renders the icons; it needs PySide6 and mailup_gui.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$(cd "${1:-$root/dist/mailup-gui}" && pwd)
out=${2:-$root/dist}
python=${PYTHON:-$root/.venv/bin/python}

desktop=$(echo "$here"/*.desktop)
app_id=$(basename "$desktop" .desktop)
version=$("$bundle/mailup-gui" --version)  # "mailup-gui X.Y.Z", from the bundle's own metadata
name=mailup-gui-${version#mailup-gui }-linux-$(uname -m)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top=$stage/$name
mkdir -p "$top/bin" "$top/lib" "$out"
cp -a "$bundle" "$top/lib/mailup-gui"
ln -s ../lib/mailup-gui/mailup-gui "$top/bin/mailup-gui"
install -Dm644 "$desktop" "$top/share/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$top/share/metainfo/$app_id.metainfo.xml"
"$python" "$root/packaging/make_icons.py" "$stage/icons"
mkdir -p "$top/share/icons"
cp -r "$stage/icons/hicolor" "$top/share/icons/"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz"
