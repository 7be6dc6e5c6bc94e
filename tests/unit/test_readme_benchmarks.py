"""The README's Layout names every benchmark script (issue 21): a script nobody can find is
never run."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_benchmark_script_is_named_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    scripts = sorted(path.name for path in (ROOT / "tests" / "benchmarks").glob("*.py"))
    assert len(scripts) > 10  # the folder is where this test thinks
    assert [
        name for name in scripts if f"`{name}`" not in readme and f"/{name}`" not in readme
    ] == []
