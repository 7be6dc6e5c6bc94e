"""html_to_text and text_differs: the text part a plain-text mail app shows."""

import pytest

from mailup_gui.core.message.html_text import html_to_text, text_differs


def test_blocks_lists_links_images_and_entities():
    html = """<!doctype html><html><head><title>Receipt</title>
    <style>p { color: red }</style><script>alert(1)</script></head><body>
    <h1>Hello&nbsp;Anna,</h1>
    <p>Your   order <b>A-1042</b>
       of &euro;49.90 has shipped.</p>
    <ul><li>Shoes</li><li>Socks <i>(2)</i><ol><li>red</li><li>blue</li></ol></li></ul>
    <p>Track it <a href="https://shop.example/t?id=1042">here</a>, or write to
       <a href="mailto:help@shop.example">help@shop.example</a>.<br>Thanks<br/>The team</p>
    <img src="cid:logo" alt="Shop logo"><img src="https://t.example/p.gif" alt="">
    </body></html>"""
    assert html_to_text(html) == (
        "Hello Anna,\n"
        "\n"
        "Your order A-1042 of €49.90 has shipped.\n"
        "\n"
        "- Shoes\n"
        "- Socks (2)\n"
        "  1. red\n"
        "  2. blue\n"
        "\n"
        "Track it here (https://shop.example/t?id=1042), or write to help@shop.example.\n"
        "Thanks\n"
        "The team\n"
        "\n"
        "Shop logo"
    )


def test_tables_rows_become_lines_and_cells_stay_on_them():
    html = "<table><tr><td>Qty</td><td>Price</td></tr><tr><td>2</td><td>10.00</td></tr></table>"
    assert html_to_text(html) == "Qty Price\n2 10.00"


def test_preformatted_text_keeps_its_spaces_and_lines():
    assert html_to_text("<p>Code:</p><pre>a  = 1\n  b = 2</pre><p>end</p>") == (
        "Code:\n\na  = 1\n  b = 2\n\nend"
    )


def test_link_text_that_is_the_address_is_not_repeated_and_anchors_are_dropped():
    html = (
        '<p><a href="https://a.example/">https://a.example/</a> '
        '<a href="#top">top</a> <a href="javascript:void(0)">js</a> '
        '<a href="https://b.example/"><img src="cid:b" alt=""></a></p>'
    )
    assert html_to_text(html) == "https://a.example/ top js https://b.example/"


def test_many_empty_blocks_give_at_most_one_blank_line():
    html = "<div><p>one</p><p></p><div></div><br><br><br><p>two</p></div>"
    assert html_to_text(html) == "one\n\ntwo"


def test_a_head_left_open_does_not_hide_the_body():
    assert html_to_text("<html><head><title>T</title><body><p>Hello</p>") == "Hello"


def test_a_fragment_without_body_works():
    assert html_to_text("Hi <b>[firstname]</b>!") == "Hi [firstname]!"


HTML = (
    "<h1>Order 4711 shipped</h1><p>Your parcel leaves today. Track it "
    "<a href='https://t.example/4711'>here</a>.</p>"
)


def test_a_generated_text_part_matches():
    assert text_differs(HTML, html_to_text(HTML)) is None


def test_a_text_part_with_other_wording_but_the_same_facts_matches():
    text = "Order 4711 shipped: your parcel leaves today. Track it at https://t.example/4711"
    assert text_differs(HTML, text) is None


@pytest.mark.parametrize("text", [None, "", "  \n "])
def test_an_empty_text_part_is_reported(text):
    assert "empty" in text_differs(HTML, text)


def test_a_text_part_of_another_message_is_reported():
    reason = text_differs(HTML, "Welcome to our newsletter! See our spring offers.")
    assert reason is not None and "%" in reason


def test_a_text_part_missing_the_numbers_or_links_is_reported():
    reason = text_differs(HTML, "Order shipped. Your parcel leaves today. Track it here.")
    assert reason is not None
    assert "4711" in reason and "https://t.example/4711" in reason


def test_no_html_part_means_nothing_to_compare():
    assert text_differs(None, "") is None
    assert text_differs("<p></p>", "") is None
