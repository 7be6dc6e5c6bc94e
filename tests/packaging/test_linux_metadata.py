"""The Linux desktop files: valid for the tools that read them, and in step with the app."""

import subprocess
from pathlib import Path
from xml.etree import ElementTree

from mailup_gui import APP_ID

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True)


def test_metainfo_passes_appstreamcli_validate(require_tool):
    result = run(require_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_passes_desktop_file_validate(require_tool):
    result = run(require_tool("desktop-file-validate"), str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_names_the_app_its_launcher_and_the_current_version(project):
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    newest = component.find("releases/release")
    assert newest.get("version") == project["version"], "add a <release> for the new version"


def test_desktop_file_starts_the_installed_command_with_the_app_icon(project):
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert entry["Exec"] in project["gui-scripts"]
    assert entry["Icon"] == APP_ID
