"""Merge tags: finding, filling, and reporting the unfilled ones."""

from __future__ import annotations

import pytest

from mailup_gui.api.mergetags import fill, find_tags, unfilled


def test_find_tags_in_order_of_first_appearance():
    assert find_tags("[b] then [a] then [c]") == ["b", "a", "c"]


def test_find_tags_dedupes_case_insensitively_first_spelling_wins():
    assert find_tags("Hello [FirstName], [firstname] [FIRSTNAME] [order_id]") == [
        "FirstName",
        "order_id",
    ]


def test_find_tags_across_texts_and_none():
    assert find_tags("[subject_tag]", None, "<p>[firstname] [Subject_Tag]</p>", "", "[x]") == [
        "subject_tag",
        "firstname",
        "x",
    ]
    assert find_tags() == []
    assert find_tags(None) == []


def test_find_tags_name_syntax():
    text = "[a.b] [c-d] [_e] [f1] [1abc] [] [two words] [[g]] [h"
    assert find_tags(text) == ["a.b", "c-d", "_e", "f1", "g"]


def test_fill_replaces_known_tags_case_insensitively():
    values = {"FirstName": "Mario", "order_id": "A-1042"}
    assert fill("Hi [firstname], order [ORDER_ID]", values) == "Hi Mario, order A-1042"


def test_fill_leaves_unknown_tags_as_written():
    assert fill("Hi [firstname] [Unknown]", {"firstname": "Mario"}) == "Hi Mario [Unknown]"
    assert fill("no tags", {"a": "b"}) == "no tags"


def test_fill_is_a_single_pass():
    assert fill("[a] [b]", {"a": "[b]", "b": "X"}) == "[b] X"


@pytest.mark.parametrize(
    ("text", "filled"),
    [
        ("[a][A][b]", "11[b]"),  # side by side, any case, unknown kept as written
        ("[[a]]", "[1]"),  # brackets around a tag stay
        ("[a", "[a"),  # no closing bracket: no tag
        ("[1a] [] [ a]", "[1a] [] [ a]"),  # not tag names
        ("x[b]y[a]", "x[b]y1"),
    ],
)
def test_fill_around_and_between_tags(text, filled):
    assert fill(text, {"a": "1"}) == filled


def test_fill_with_empty_value_empties_the_tag():
    assert fill("x[a]y", {"a": ""}) == "xy"


def test_unfilled_lists_tags_without_value():
    texts = ["Hi [firstname] [Order_ID]", None, "<p>[company] [FIRSTNAME]</p>"]
    assert unfilled(texts, {"FIRSTNAME": "Mario"}) == ["Order_ID", "company"]
    assert unfilled(texts, {"firstname": "Mario", "order_id": "1", "COMPANY": "R"}) == []
    assert unfilled(texts, {}) == ["firstname", "Order_ID", "company"]


def test_unfilled_counts_empty_values_as_missing():
    assert unfilled(["[a] [b]"], {"a": "", "b": "x"}) == ["a"]


def test_unfilled_accepts_a_generator():
    assert unfilled((t for t in ["[a]", "[b]"]), {"b": "1"}) == ["a"]


def test_a_tag_name_is_any_letters_then_letters_digits_and_marks():
    text = "[città] [Straße] [日付] [é1] [naïve_x.y-z] [1città] [ città] [città!]"
    assert find_tags(text) == ["città", "Straße", "日付", "é1", "naïve_x.y-z"]


def test_a_decomposed_accent_is_part_of_the_name():
    decomposed = "citta\u0300"  # "città" as NFD: a + COMBINING GRAVE ACCENT
    assert find_tags(f"[{decomposed}]") == [decomposed]
    assert fill(f"[{decomposed}]", {decomposed: "Roma"}) == "Roma"
