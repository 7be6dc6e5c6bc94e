"""The frozen app: PyInstaller builds the one-folder bundle from packaging/mailup-gui.spec, and
the bundle starts (--smoke), speaks Italian, keeps every keyring backend, runs preflight with
its data, and packs into the
Linux tar.gz. Frozen builds are where keyring backends, Qt plugins and data files get lost."""

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from mailup_gui import APP_ID
from mailup_gui.core.account.secrets import loadable_backends

pytestmark = [pytest.mark.frozen, pytest.mark.timeout(600)]
ROOT = Path(__file__).resolve().parents[2]
EXE = "mailup-gui.exe" if sys.platform == "win32" else "mailup-gui"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory, require_module) -> Path:
    require_module("PyInstaller")
    build = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(build / "dist"),
            "--workpath",
            str(build / "work"),
            str(ROOT / "packaging" / "mailup-gui.spec"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return build / "dist" / "mailup-gui"


def smoke(command: list[str], home: Path, **env_vars: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAILUP_GUI_HOME=str(home), **env_vars)
    result = subprocess.run(
        [*command, "--smoke"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_bundle_starts_on_the_sandbox(bundle, tmp_path):
    report = smoke([str(bundle / EXE)], tmp_path)
    assert report["sandbox_url"].startswith("http://127.0.0.1:")
    assert report["first_paint_ms"] <= report["services_ready_ms"]


def test_the_bundle_reaches_the_keyring_as_the_source_app_does(bundle, tmp_path):
    frozen = smoke([str(bundle / EXE)], tmp_path / "frozen")["keyring"]
    source = smoke([sys.executable, "-m", "mailup_gui"], tmp_path / "source")["keyring"]
    assert frozen["backends"] == loadable_backends()
    assert {"SecretService", "KWallet", "macOS", "Windows", "chainer"} <= set(frozen["backends"])
    assert (frozen["available"], frozen["where"]) == (source["available"], source["where"])


def test_the_bundle_speaks_italian(bundle, tmp_path):
    assert smoke([str(bundle / EXE)], tmp_path, LANGUAGE="it")["language"] == "it"


def test_the_bundle_runs_preflight_with_its_caniemail_data(bundle, tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<html lang="en"><body><div style="display:flex">Hi</div></body></html>')
    result = subprocess.run(
        [str(bundle / EXE), "preflight", "--json", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (checked,) = json.loads(result.stdout)["files"]
    assert "compat/css-display-flex" in {finding["rule"] for finding in checked["findings"]}


@pytest.mark.skipif(sys.platform != "linux", reason="the tar.gz is the Linux package")
def test_the_tarball_installs_as_a_prefix(bundle, tmp_path, project):
    result = subprocess.run(
        [str(ROOT / "packaging" / "linux" / "make_tarball.sh"), str(bundle), str(tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHON=sys.executable),
    )
    assert result.returncode == 0, result.stderr
    archive = Path(result.stdout.strip().splitlines()[-1])
    assert archive.name == f"mailup-gui-{project['version']}-linux-{os.uname().machine}.tar.gz"
    prefix = tmp_path / "prefix"
    with tarfile.open(archive) as tar:
        tar.extractall(prefix, filter="tar")
    (top,) = prefix.iterdir()
    for installed in (
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ):
        assert (top / installed).is_file(), installed
    # bin/mailup-gui is a link into lib/: the bundle must find its _internal through it.
    version = subprocess.run(
        [str(top / "bin" / "mailup-gui"), "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"mailup-gui {project['version']}"
