"""House rule: no module over 500 lines (small modules with one job)."""

from pathlib import Path

MAX_LINES = 500
PACKAGE = Path(__file__).resolve().parents[2] / "mailup_gui"
KNOWN_EXCEPTIONS = {
    "ui/compose/editor.py",  # split by the send-form refactor
}


def oversized_modules(package: Path, limit: int) -> dict[str, int]:
    """Every module under ``package`` longer than ``limit`` lines, with its line count."""
    found = {}
    for module in sorted(package.rglob("*.py")):
        lines = len(module.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found[module.relative_to(package).as_posix()] = lines
    return found


def test_no_module_is_over_500_lines():
    over = {
        name: lines
        for name, lines in oversized_modules(PACKAGE, MAX_LINES).items()
        if name not in KNOWN_EXCEPTIONS
    }
    assert not over, f"Modules over {MAX_LINES} lines (split them): {over}"


def test_the_known_exceptions_are_still_needed():
    """An exception outlives its reason silently unless this fails once the module is split."""
    oversized = oversized_modules(PACKAGE, MAX_LINES)
    stale = sorted(name for name in KNOWN_EXCEPTIONS if name not in oversized)
    assert not stale, f"Under {MAX_LINES} lines now: remove from KNOWN_EXCEPTIONS: {stale}"


def test_a_long_module_is_found(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "long.py").write_text("x = 1\n" * 501, encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * 500, encoding="utf-8")
    assert oversized_modules(tmp_path, MAX_LINES) == {"sub/long.py": 501}
