"""House rule: no module over 500 lines (small modules with one job)."""

from pathlib import Path

MAX_LINES = 500
PACKAGE = Path(__file__).resolve().parents[2] / "mailup_gui"


def oversized_modules(package: Path, limit: int) -> dict[str, int]:
    """Every module under ``package`` longer than ``limit`` lines, with its line count."""
    found = {}
    for module in sorted(package.rglob("*.py")):
        lines = len(module.read_text(encoding="utf-8").splitlines())
        if lines > limit:
            found[module.relative_to(package).as_posix()] = lines
    return found


def test_no_module_is_over_500_lines():
    over = oversized_modules(PACKAGE, MAX_LINES)
    assert not over, f"Modules over {MAX_LINES} lines (split them): {over}"


def test_a_long_module_is_found(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "long.py").write_text("x = 1\n" * 501, encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * 500, encoding="utf-8")
    assert oversized_modules(tmp_path, MAX_LINES) == {"sub/long.py": 501}
