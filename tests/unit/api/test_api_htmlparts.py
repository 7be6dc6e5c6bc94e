import pytest

from mailup_gui.api.dto import Html
from mailup_gui.api.htmlparts import html_document, looks_like_document, split_document

DOCUMENT = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Invoice</title></head>
<body style="margin:0">
<p>Dear [firstname],</p>
</body>
</html>"""


def test_a_whole_document_splits_into_the_four_parts():
    html = split_document(DOCUMENT)
    assert html.doc_type == "<!DOCTYPE html>"
    assert html.head == '<meta charset="utf-8"><title>Invoice</title>'
    assert html.body_tag == '<body style="margin:0">'
    assert html.body == "<p>Dear [firstname],</p>"


def test_split_then_assemble_keeps_the_content():
    again = split_document(html_document(split_document(DOCUMENT)))
    assert again == split_document(DOCUMENT)


def test_a_plain_body_tag_is_left_to_mailups_default():
    assert split_document("<html><body><p>x</p></body></html>").body_tag is None


def test_a_fragment_is_all_body():
    html = split_document("<p>Hello</p>")
    assert html == Html(body="<p>Hello</p>")


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (DOCUMENT, True),
        ("<html><p>x</p></html>", True),
        ("<p>x</p>", False),
        ("<!doctype html><p>x", True),
    ],
)
def test_document_or_fragment(text, whole):
    assert looks_like_document(text) is whole


def test_body_with_nested_closing_tags_in_strings_uses_the_last_closing_tag():
    html = split_document("<body><p>&lt;/body&gt; literal</p><div>end</div></body>")
    assert html.body == "<p>&lt;/body&gt; literal</p><div>end</div>"
