import json
import re

import pytest

from mailup_gui.core.message.merge_data import (
    MergeDataError,
    MergeDataSet,
    from_csv,
    from_json,
    read_set,
    to_csv,
    to_json,
    write_set,
)

ITALIAN = MergeDataSet(
    "Italian customer",
    (
        ("firstname", "Mario"),
        ("order_total", "€ 1.234,50"),  # a comma inside a value
        ("note", 'He said "ciao"\nthen left'),  # quotes and a line break
        ("order_id", "A-1042"),
    ),
)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_a_set_round_trips_through_a_file(tmp_path, suffix):
    path = tmp_path / f"Italian customer{suffix}"
    write_set(path, ITALIAN)
    assert read_set(path) == ITALIAN


def test_the_csv_format_is_a_header_and_one_row_per_tag():
    text = to_csv(MergeDataSet("x", (("firstname", "Mario"), ("total", "1,50"))))
    assert text == 'tag,value\nfirstname,Mario\ntotal,"1,50"\n'


def test_the_json_format_is_name_and_values():
    assert json.loads(to_json(ITALIAN)) == {
        "name": "Italian customer",
        "values": dict(ITALIAN.values),
    }


def test_csv_from_a_spreadsheet_bom_blank_lines_and_brackets():
    text = "\ufeffTag , Value\r\n[firstname],Giulia\r\n\r\n order_id ,B-7\r\n"
    assert from_csv(text, "From Excel") == MergeDataSet(
        "From Excel", (("firstname", "Giulia"), ("order_id", "B-7"))
    )


def test_json_takes_numbers_as_written_and_the_file_name_when_unnamed(tmp_path):
    path = tmp_path / "numbers.json"
    path.write_text('{"values": {"total": 42.5, "count": 3}}')
    assert read_set(path) == MergeDataSet("numbers", (("total", "42.5"), ("count", "3")))


@pytest.mark.parametrize(
    ("parse", "text", "expected"),
    [
        (from_csv, "", "empty"),
        (
            from_csv,
            "name,value\nfirstname,Mario\n",
            "Line 1: the first row must be the header “tag,value”",
        ),
        (from_csv, "tag,value\nfirstname,Mario\norder_total,1,50\n", "Line 3: 3 fields"),
        (from_csv, "tag,value\n\nfirst name,Mario\n", "Line 3: “first name” is not a merge tag"),
        (
            from_csv,
            "tag,value\nfirstname,Mario\nFirstName,Luigi\n",
            "Line 3: the tag “FirstName” is given twice",
        ),
        (from_csv, "tag,value\n,Mario\n", "Line 2: the tag is empty"),
        (from_json, '{"values": {"a": "b"},}', "Line 1, column 23: not valid JSON"),
        (from_json, '["a"]', "one object"),
        (from_json, '{"name": "x"}', "“values” is missing"),
        (from_json, '{"name": 5, "values": {}}', "“name” must be text"),
        (from_json, '{"values": {"firstname": null}}', "values.firstname: the value must be text"),
        (from_json, '{"values": {"vip": true}}', "values.vip: the value must be text"),
        (from_json, '{"values": {"9lives": "x"}}', "values.9lives: “9lives” is not a merge tag"),
    ],
)
def test_errors_name_the_csv_line_or_the_json_member(parse, text, expected):
    with pytest.raises(MergeDataError, match=expected):
        parse(text, "x")


def test_file_errors_name_the_file(tmp_path):
    with pytest.raises(
        MergeDataError, match=re.escape("“set.txt”: test data is read from .csv or .json")
    ):
        read_set(tmp_path / "set.txt")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("tag,value\nfirstname,Jos\xe9\n".encode("latin-1"))
    with pytest.raises(MergeDataError, match=re.escape("“latin.csv” is not UTF-8")):
        read_set(latin)
    bad = tmp_path / "bad.csv"
    bad.write_text("tag,value\na,b,c\n")
    with pytest.raises(MergeDataError, match=re.escape("“bad.csv”: Line 2: 3 fields")):
        read_set(bad)
