"""Named test-data sets (merge-tag values for a template) and their files.

Two file formats, chosen by the file's suffix:

``.csv``  UTF-8, a header row ``tag,value``, then one row per merge tag::

              tag,value
              firstname,Mario
              order_total,"€ 1.234,50"

          The set takes its name from the file name (``Italian customer.csv``).
``.json`` one object: ``{"name": "Italian customer", "values": {"firstname": "Mario"}}``.
          ``name`` is optional (the file name is used); values are text (numbers are taken as
          written).

A tag may be written with its brackets (``[firstname]``). Errors name the line (CSV) or the
member (JSON) and say how to fix it (English, marked for the UI's translation).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from ...api.mergetags import TAG
from ...texts import QT_TRANSLATE_NOOP
from ..storage.atomic import write_bytes_atomic

CSV_HEADER = ("tag", "value")
SUFFIXES = (".csv", ".json")


class MergeDataError(ValueError):
    """A test-data file that cannot be used; the message names the place and the fix."""


@dataclass(frozen=True)
class MergeDataSet:
    """Merge-tag values under a name, in the order they were given."""

    name: str
    values: tuple[tuple[str, str], ...]


def _tag_problem(tag: str) -> str | None:
    """Why ``tag`` cannot be a merge tag's name, or None."""
    if not tag:
        return QT_TRANSLATE_NOOP("core", "the tag is empty")
    if TAG.fullmatch(f"[{tag}]") is None:
        return QT_TRANSLATE_NOOP(
            "core",
            "“{tag}” is not a merge tag: use letters, digits, _ . - and start with a letter or _",
        ).format(tag=tag)
    return None


def to_csv(data_set: MergeDataSet) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(data_set.values)
    return out.getvalue()


def from_csv(text: str, name: str) -> MergeDataSet:
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    numbered = [
        (number, row)
        for number, row in enumerate(rows, start=1)
        if any(cell.strip() for cell in row)
    ]
    if not numbered:
        raise MergeDataError(
            QT_TRANSLATE_NOOP(
                "core",
                "The file is empty: it needs a header row “tag,value” and one row per merge tag.",
            )
        )
    number, header = numbered[0]
    if tuple(cell.strip().lower() for cell in header) != CSV_HEADER:
        raise MergeDataError(
            QT_TRANSLATE_NOOP(
                "core", "Line {line}: the first row must be the header “tag,value”, not “{header}”."
            ).format(line=number, header=",".join(header))
        )
    values: list[tuple[str, str]] = []
    seen: set[str] = set()
    for number, row in numbered[1:]:
        if len(row) != 2:
            raise MergeDataError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Line {line}: {count} fields; a row is a tag and a value (put a value "
                    "with commas in double quotes).",
                ).format(line=number, count=len(row))
            )
        tag = _bare(row[0])
        values.append((tag, row[1]))
        _check_tag(tag, QT_TRANSLATE_NOOP("core", "Line {line}").format(line=number), seen)
    return MergeDataSet(name, tuple(values))


def to_json(data_set: MergeDataSet) -> str:
    body = {"name": data_set.name, "values": dict(data_set.values)}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def from_json(text: str, name: str) -> MergeDataSet:
    try:
        data = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        raise MergeDataError(
            QT_TRANSLATE_NOOP(
                "core", "Line {line}, column {column}: not valid JSON ({reason})."
            ).format(line=error.lineno, column=error.colno, reason=error.msg)
        ) from None
    if not isinstance(data, dict):
        raise MergeDataError(
            QT_TRANSLATE_NOOP(
                "core", 'The file must hold one object: {"name": "…", "values": {"tag": "value"}}.'
            )
        )
    given = data.get("name", name)
    if not isinstance(given, str) or not given.strip():
        raise MergeDataError(
            QT_TRANSLATE_NOOP("core", '“name” must be text, e.g. "Italian customer".')
        )
    raw = data.get("values")
    if not isinstance(raw, dict):
        raise MergeDataError(
            QT_TRANSLATE_NOOP(
                "core",
                '“values” is missing or not an object: write {"values": {"firstname": "Mario"}}.',
            )
        )
    values: list[tuple[str, str]] = []
    seen: set[str] = set()
    for key, value in raw.items():
        tag = _bare(key)
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise MergeDataError(
                QT_TRANSLATE_NOOP(
                    "core", 'values.{tag}: the value must be text, e.g. "Mario".'
                ).format(tag=key)
            )
        values.append((tag, value if isinstance(value, str) else json.dumps(value)))
        _check_tag(tag, f"values.{key}", seen)  # a JSON path: not translated
    return MergeDataSet(given.strip(), tuple(values))


def read_set(path: Path | str) -> MergeDataSet:
    """A set from a .csv or .json file; its name defaults to the file name."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise MergeDataError(
            QT_TRANSLATE_NOOP(
                "core", "“{file}”: test data is read from .csv or .json files."
            ).format(file=path.name)
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise MergeDataError(
            QT_TRANSLATE_NOOP("core", "“{file}” is not UTF-8 text: save it as UTF-8.").format(
                file=path.name
            )
        ) from None
    except OSError as error:
        raise MergeDataError(
            QT_TRANSLATE_NOOP("core", "“{file}” cannot be read: {reason}.").format(
                file=path.name, reason=error.strerror or error
            )
        ) from None
    parse = from_csv if suffix == ".csv" else from_json
    try:
        return parse(text, path.stem)
    except MergeDataError as error:
        raise MergeDataError(
            QT_TRANSLATE_NOOP("core", "“{file}”: {problem}").format(file=path.name, problem=error)
        ) from None


def write_set(path: Path | str, data_set: MergeDataSet) -> None:
    """Write a set as .csv or .json, by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise MergeDataError(
            QT_TRANSLATE_NOOP("core", "“{file}”: test data is saved as .csv or .json.").format(
                file=path.name
            )
        )
    text = to_csv(data_set) if suffix == ".csv" else to_json(data_set)
    write_bytes_atomic(path, text.encode("utf-8"))


def _bare(tag: str) -> str:
    """``[firstname]`` and `` firstname `` both mean ``firstname``."""
    tag = tag.strip()
    return tag[1:-1].strip() if tag.startswith("[") and tag.endswith("]") else tag


def _check_tag(tag: str, where: str, seen: set[str]) -> None:
    problem = _tag_problem(tag)
    if problem:
        raise MergeDataError(
            QT_TRANSLATE_NOOP("core", "{where}: {problem}.").format(where=where, problem=problem)
        )
    key = tag.lower()  # MailUp matches tags case-insensitively
    if key in seen:
        raise MergeDataError(
            QT_TRANSLATE_NOOP("core", "{where}: the tag “{tag}” is given twice.").format(
                where=where, tag=tag
            )
        )
    seen.add(key)
