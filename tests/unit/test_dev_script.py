"""./dev's install step: pip runs only when pyproject.toml, the venv's Python or the extras change.

The real `venv` function runs (sourced from ./dev) in a copy of the project whose .venv holds a
recording stand-in for Python: what it was asked to do is the test's evidence.
"""

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FAKE_PYTHON = """#!/bin/sh
case "$1" in
  -V) echo "Python $(cat "$(dirname "$0")/version")" ;;
  *) echo "$*" >> "$(dirname "$0")/calls" ;;
esac
"""


def make_project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "dev", tmp_path / "dev")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (tmp_path / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.11.2\n")
    (bin_dir / "version").write_text("3.11.2")
    python = bin_dir / "python"
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    return tmp_path


def run_venv(project: Path, extras: str = "") -> None:
    subprocess.run(
        ["bash", "-c", 'source ./dev && venv "$1"', "bash", extras], cwd=project, check=True
    )


def pip_installs(project: Path) -> list[str]:
    calls = (project / ".venv" / "bin" / "calls").read_text().splitlines()
    return [call for call in calls if call.startswith("-m pip install")]


def test_a_second_start_does_not_reinstall(tmp_path):
    project = make_project(tmp_path)
    run_venv(project)
    run_venv(project)
    assert pip_installs(project) == ["-m pip install -q --disable-pip-version-check -e ."]
    calls = (project / ".venv" / "bin" / "calls").read_text().splitlines()
    assert calls.count("packaging/build_translations.py") == 2  # stale .qm files still rebuilt


def test_a_changed_pyproject_or_python_reinstalls(tmp_path):
    project = make_project(tmp_path)
    run_venv(project)
    (project / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["y"]\n')
    run_venv(project)
    (project / ".venv" / "bin" / "version").write_text("3.11.9")
    run_venv(project)
    assert len(pip_installs(project)) == 3


def test_each_set_of_extras_is_installed_once(tmp_path):
    project = make_project(tmp_path)
    run_venv(project, "[test]")
    run_venv(project, "")
    run_venv(project, "[test]")
    run_venv(project, "")
    assert pip_installs(project) == [
        "-m pip install -q --disable-pip-version-check -e .[test]",
        "-m pip install -q --disable-pip-version-check -e .",
    ]


def test_a_failed_install_is_retried(tmp_path):
    project = make_project(tmp_path)
    python = project / ".venv" / "bin" / "python"
    python.write_text(FAKE_PYTHON.replace("*) echo", '*) [ "$1" = -m ] && exit 1; echo'))
    failed = subprocess.run(["bash", "-c", 'source ./dev && venv ""'], cwd=project)
    assert failed.returncode != 0
    python.write_text(FAKE_PYTHON)
    run_venv(project)
    assert len(pip_installs(project)) == 1
