"""Turn the caniemail project's feature files into the one compact file the preflight checker
reads: resources/caniemail/caniemail.json, with the data's LICENSE and ORIGIN.txt beside it.

The source is ../shared/data/caniemail/ (a copy of caniemail's _features/ and _clients/ at the
commit ORIGIN.txt names). Each feature file opens with front matter whose ``stats`` give, per
client and platform, the support of each tested version: y (yes), n (no), a (partial), u
(unknown), with ``#N`` pointing at ``notes_by_num``. The shipped file keeps what the checker
needs: per feature its title, category, the support of the latest tested version of each
client's platform and the notes those cite. The output is sorted and stable, so that rebuilding
from the same source gives the same bytes (tests/unit/core/preflight/test_caniemail_data.py).
  python packaging/build_caniemail.py [SOURCE_DIR [OUT_DIR]]
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "caniemail"
OUT = ROOT / "resources" / "caniemail"
DATA_FILE = "caniemail.json"
KEPT_FILES = ("LICENSE", "ORIGIN.txt")

_SCALAR = re.compile(r"^(title|category|last_test_date):\s*(.*?)\s*$")
_TOKEN = re.compile(r'\s*(?:("(?:[^"\\]|\\.)*")|([{}:,])|([^\s{}:,"]+))')
_SUPPORT = re.compile(r"^([ynau])((?:\s*#\d+)*)\s*$")


def build(source: Path = SOURCE, out_dir: Path = OUT) -> Path:
    """Write the data file and its licence and origin into ``out_dir``; return the data file."""
    features = {}
    for path in sorted((source / "_features").glob("*.md")):
        if path.stem.startswith("_"):  # _template.md
            continue
        features[path.stem] = _feature(path)
    clients = {path.stem: _platforms(path) for path in sorted((source / "_clients").glob("*.md"))}
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / DATA_FILE
    data = {"clients": clients, "features": features}
    target.write_text(
        json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    for name in KEPT_FILES:
        shutil.copyfile(source / name, out_dir / name)
    return target


def _front_matter(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    fences = [number for number, line in enumerate(lines) if line.strip() == "---"]
    if len(fences) < 2:
        raise SystemExit(f"{path}: no front matter between --- lines")
    return "\n".join(lines[fences[0] + 1 : fences[1]])


def _feature(path: Path) -> dict[str, Any]:
    front = _front_matter(path)
    scalars = {}
    for line in front.splitlines():
        match = _SCALAR.match(line)
        if match:
            value = match.group(2)
            scalars[match.group(1)] = json.loads(value) if value.startswith('"') else value
    stats = _block(front, "stats", path)
    notes = _block(front, "notes_by_num", path) if "notes_by_num:" in front else {}
    support: dict[str, dict[str, str]] = {}
    cited: set[str] = set()
    for client, platforms in stats.items():
        for platform, versions in platforms.items():
            if not versions:
                continue
            latest = str(list(versions.values())[-1])  # versions are listed oldest first
            match = _SUPPORT.match(latest)
            if match is None:
                raise SystemExit(f"{path}: {client}.{platform}: unknown support {latest!r}")
            numbers = re.findall(r"\d+", match.group(2))
            cited.update(numbers)
            support.setdefault(client, {})[platform] = " ".join([match.group(1), *numbers])
    return {
        "title": scalars.get("title", path.stem),
        "category": scalars.get("category", ""),
        "tested": scalars.get("last_test_date", ""),
        "support": support,
        "notes": {number: str(notes[number]) for number in sorted(cited) if number in notes},
    }


def _platforms(path: Path) -> list[str]:
    match = re.search(r"^platforms:\s*\[(.*)\]", _front_matter(path), re.MULTILINE)
    return [item.strip() for item in match.group(1).split(",")] if match else []


def _block(front: str, key: str, path: Path) -> dict[str, Any]:
    """The ``{…}`` after ``key:``: JSON-like, with bare keys and trailing commas allowed."""
    start = re.search(rf"^{key}:\s*{{", front, re.MULTILINE)
    if start is None:
        raise SystemExit(f"{path}: no {key} block")
    tokens = _tokens(front[start.end() - 1 :])
    value = _value(tokens, path)
    if not isinstance(value, dict):
        raise SystemExit(f"{path}: {key} is not an object")
    return value


def _tokens(text: str) -> list[str]:
    found = []
    depth = 0
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            break
        position = match.end()
        token = match.group(1) or match.group(2) or match.group(3)
        found.append(token)
        depth += {"{": 1, "}": -1}.get(token, 0)
        if depth == 0:
            break
    return found


def _value(tokens: list[str], path: Path) -> Any:
    token = tokens.pop(0)
    if token != "{":
        return json.loads(token) if token.startswith('"') else token
    result: dict[str, Any] = {}
    while tokens and tokens[0] != "}":
        key = _value(tokens, path)
        if not tokens or tokens.pop(0) != ":":
            raise SystemExit(f"{path}: a ':' is missing after {key!r}")
        result[str(key)] = _value(tokens, path)
        if tokens and tokens[0] == ",":
            tokens.pop(0)
    if not tokens:
        raise SystemExit(f"{path}: an object is not closed")
    tokens.pop(0)
    return result


if __name__ == "__main__":
    arguments = [Path(argument) for argument in sys.argv[1:3]]
    print(build(*arguments))
