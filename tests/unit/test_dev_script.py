"""./dev's install step: pip runs only when pyproject.toml, the venv's Python or the extras change.

The real `venv` function runs (sourced from ./dev) in a copy of the project whose .venv holds a
recording stand-in for Python: what it was asked to do is the test's evidence.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

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


# What ./dev start must install: every library Qt's xcb plugin and QtWebEngine load.
QT_BINARIES = (
    "plugins/platforms/libqxcb.so",
    "lib/libQt6XcbQpa.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6WebEngineCore.so.6",
    "libexec/QtWebEngineProcess",
)


def dev_array(name: str) -> list[str]:
    script = f'source ./dev && printf "%s\\n" "${{{name}[@]}}"'
    listed = subprocess.run(
        ["bash", "-c", script], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return listed.stdout.split()


def package_owning(library: str) -> str:
    """The package that ships ``library``: dpkg knows it by one of its names, with or without
    /usr (merged /usr) and before or after its symlinks."""
    names = {library, str(Path(library).resolve())}
    names |= {name.removeprefix("/usr") for name in names} | {f"/usr{name}" for name in names}
    owner = subprocess.run(["dpkg-query", "-S", *sorted(names)], capture_output=True, text=True)
    return owner.stdout.split(":", 1)[0]  # "libxcb1:amd64: /usr/lib/…" → "libxcb1"


def installed_dependencies() -> dict[str, set[str]]:
    """Each installed package → the packages it depends on (alternatives all counted)."""
    listed = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package}\t${Pre-Depends}, ${Depends}\n"],
        check=True,
        capture_output=True,
        text=True,
    )
    graph: dict[str, set[str]] = {}
    for line in listed.stdout.splitlines():
        package, _, depends = line.partition("\t")
        names = {
            part.split()[0].split(":")[0] for part in re.split(r"[,|]", depends) if part.strip()
        }
        graph[package] = names
    return graph


def closure(packages: list[str], graph: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(packages)
    while todo:
        package = todo.pop()
        if package not in seen:
            seen.add(package)
            todo.extend(graph.get(package, ()))
    return seen


def test_start_installs_every_library_qt_loads():
    if shutil.which("dpkg-query") is None or shutil.which("ldd") is None:
        pytest.skip("needs Debian's dpkg-query and ldd")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    libraries: set[str] = set()
    for binary in QT_BINARIES:
        linked = subprocess.run(
            ["ldd", str(qt / binary)], check=True, capture_output=True, text=True
        )
        for line in linked.stdout.splitlines():
            name, _, path = line.strip().partition(" => ")
            if path and not path.startswith(str(qt)) and name.startswith("lib"):
                libraries.add(path.split()[0])
    assert len(libraries) > 20
    brought = closure(dev_array("APP_PACKAGES"), installed_dependencies())
    owners = {library: package_owning(library) for library in libraries}
    assert sorted({pkg for pkg in owners.values() if pkg not in brought}) == []


def test_the_tests_need_what_the_app_needs():
    assert set(dev_array("APP_PACKAGES")) <= set(dev_array("TEST_PACKAGES"))


def run_system_deps(tmp_path: Path, installed: str, uid: int) -> subprocess.CompletedProcess:
    """system_deps with dpkg-query, id and apt-get replaced by recorders: `installed` is what
    dpkg says is there; the apt-get calls are recorded in tmp_path/apt."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fakes = {
        "dpkg-query": f'case " {installed} " in *" $3 "*) echo "install ok installed";; esac',
        "id": f"echo {uid}",
        "apt-get": f'echo "$*" >> {tmp_path}/apt',
    }
    for name, body in fakes.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin"}
    return subprocess.run(
        ["bash", "-c", "source ./dev && system_deps libfoo libbar libbaz"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def test_not_root_stops_with_the_exact_install_command(tmp_path):
    run = run_system_deps(tmp_path, installed="libbar", uid=1000)
    assert run.returncode == 1
    assert "  sudo apt-get install --no-install-recommends libfoo libbaz\n" in run.stderr
    assert not (tmp_path / "apt").exists()


def test_root_installs_only_what_is_missing(tmp_path):
    run = run_system_deps(tmp_path, installed="libbar", uid=0)
    assert run.returncode == 0, run.stderr
    calls = (tmp_path / "apt").read_text().splitlines()
    assert calls == ["update -qq", "install -y -qq --no-install-recommends libfoo libbaz"]


def test_nothing_missing_runs_nothing(tmp_path):
    run = run_system_deps(tmp_path, installed="libfoo libbar libbaz", uid=1000)
    assert run.returncode == 0, run.stderr
    assert not (tmp_path / "apt").exists()


def test_start_checks_the_system_libraries_before_installing_the_app():
    start = (ROOT / "dev").read_text().split("  start)\n", 1)[1].split(";;", 1)[0]
    assert start.index('system_deps "${APP_PACKAGES[@]}"') < start.index('venv ""')
