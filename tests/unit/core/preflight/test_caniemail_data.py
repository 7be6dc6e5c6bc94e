"""The shipped caniemail data is what packaging/build_caniemail.py makes from ../shared."""

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]
SHIPPED = ROOT / "resources" / "caniemail"


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "build_caniemail", ROOT / "packaging" / "build_caniemail.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def source() -> Path:
    found = _build_module().SOURCE
    if not (found / "_features").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the caniemail source data is missing on CI: {found}")
        pytest.skip(f"the caniemail source data is not beside this clone ({found})")
    return found


def test_the_shipped_file_is_current(source, tmp_path):
    built = _build_module().build(source, tmp_path)
    for name in ("caniemail.json", "LICENSE", "ORIGIN.txt"):
        assert (tmp_path / name).read_bytes() == (SHIPPED / name).read_bytes(), (
            f"resources/caniemail/{name} is stale: run python packaging/build_caniemail.py"
        )
    assert built == tmp_path / "caniemail.json"


def test_the_build_is_reproducible(source, tmp_path):
    module = _build_module()
    first = module.build(source, tmp_path / "a").read_bytes()
    assert module.build(source, tmp_path / "b").read_bytes() == first


def test_a_feature_keeps_the_latest_support_and_the_notes_it_cites(tmp_path):
    features = tmp_path / "src" / "_features"
    features.mkdir(parents=True)
    (tmp_path / "src" / "_clients").mkdir()
    for name in ("LICENSE", "ORIGIN.txt"):
        (tmp_path / "src" / name).write_text(name)
    (features / "css-demo.md").write_text(
        '---\ntitle: "demo"\ncategory: css\nstats: {\n  outlook: {\n    windows: {\n'
        '      "2016": "y",\n      "2019": "a #2",\n    },\n  },\n}\n'
        'notes_by_num: {\n  "1": "old",\n  "2": "See [docs](https://x.example/a---b).",\n}\n---\n'
    )
    data = (_build_module().build(tmp_path / "src", tmp_path / "out")).read_text()
    assert '"support":{"outlook":{"windows":"a 2"}}' in data
    assert '"notes":{"2":"See [docs](https://x.example/a---b)."}' in data
