"""Each preflight rule on small samples: it fires on the fault, and the clean sample is clean."""

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mailup_gui.core.preflight.checker import check
from mailup_gui.core.preflight.delivered import Delivered, DeliveredFile, from_html
from mailup_gui.core.preflight.findings import Severity

SAMPLES = Path(__file__).parent / "samples"
# What every sample below wraps its fault in: lang, a presentation table, a text part.
PAGE = '<html lang="en"><body><table role="presentation"><tr><td>{}</td></tr></table></body></html>'


def rules(html: str, text: str | None = "Plain text") -> dict[str, Severity]:
    """rule id → severity of the findings on ``html`` with a text part."""
    return {finding.rule: finding.severity for finding in check(from_html(html, text)).findings}


def in_page(fragment: str) -> dict[str, Severity]:
    return rules(PAGE.format(fragment))


def test_the_clean_sample_has_no_warning_and_no_error():
    html = (SAMPLES / "clean.html").read_text(encoding="utf-8")
    report = check(from_html(html, "Your order has shipped"))
    serious = [f for f in report.findings if f.severity is not Severity.INFO]
    assert serious == []
    assert report.clients  # the summary is there even when all is well


def test_gmail_clip_over_102_kb_of_html():
    paragraph = "<p>" + "x" * 1000 + "</p>"
    assert rules(PAGE.format(paragraph * 110))["size/gmail-clip"] is Severity.WARNING
    assert "size/gmail-clip" not in rules(PAGE.format(paragraph * 90))


def test_attachments_over_mailups_10_mb_are_an_error():
    files = (DeliveredFile("a.pdf", 6 * 1024 * 1024), DeliveredFile("b.png", 5 * 1024 * 1024, True))
    report = check(Delivered(html=PAGE.format("<p>Hi</p>"), text="Hi", files=files))
    assert {f.rule: f.severity for f in report.findings}["size/attachments"] is Severity.ERROR
    assert report.has_errors
    small = check(Delivered(html=PAGE.format("<p>Hi</p>"), text="Hi", files=files[:1]))
    assert not small.has_errors


def test_img_without_alt_warns_but_an_empty_alt_is_right():
    assert in_page('<img src="https://x.example/a.png">')["a11y/img-alt"] is Severity.WARNING
    assert "a11y/img-alt" not in in_page('<img src="https://x.example/a.png" alt="">')


@pytest.mark.parametrize(
    ("html", "missing"),
    [
        ("<html><body><p>Hi</p></body></html>", True),
        ('<html lang="it"><body><p>Ciao</p></body></html>', False),
        ('<body lang="en"><p>Hi</p></body>', False),  # BodyTag carries it in a request
        ('<div lang="en"><p>Hi</p><p>There</p></div>', False),  # the element wrapping it all
        ('<div lang="en"><p>Hi</p></div><p>outside</p>', True),
        ('<html lang=""><body><p>Hi</p></body></html>', True),
    ],
)
def test_lang_on_html_body_or_the_wrapping_element(html, missing):
    assert ("a11y/lang" in rules(html)) is missing


def test_layout_table_without_role_presentation():
    found = rules('<html lang="en"><body><table><tr><td>Hi</td></tr></table></body></html>')
    assert found["a11y/table-role"] is Severity.WARNING
    data = (
        '<html lang="en"><body><table><tr><th>Item</th></tr><tr><td>1</td></tr></table>'
        "</body></html>"
    )
    assert "a11y/table-role" not in rules(data)  # a data table keeps its semantics


def test_low_contrast_from_inline_styles_and_style_rules():
    assert in_page('<p style="color:#999999;background:#ffffff">Hi</p>')["a11y/contrast"] is (
        Severity.WARNING
    )
    sheet = '<html lang="en"><head><style>.soft { color: #aaaaaa }</style></head><body>' + (
        '<table role="presentation"><tr><td bgcolor="#ffffff"><p class="soft">Hi</p></td></tr>'
        "</table></body></html>"
    )
    assert "a11y/contrast" in rules(sheet)
    assert "a11y/contrast" not in in_page('<p style="color:#333333;background:#ffffff">Hi</p>')


def test_large_text_needs_only_3_to_1():
    colours = "color:#888888;background:#ffffff"  # 3.5:1
    assert "a11y/contrast" in in_page(f'<p style="{colours};font-size:16px">Hi</p>')
    assert "a11y/contrast" not in in_page(f'<p style="{colours};font-size:24px">Hi</p>')


def test_client_colours_are_not_judged():
    assert "a11y/contrast" not in in_page("<p>Hi</p>")


@pytest.mark.parametrize("text", ["click here", "Here", "qui", "Clicca qui", "read more"])
def test_vague_link_text_is_info(text):
    found = in_page(f'<a href="https://shop.example.com/">{text}</a>')
    assert found["a11y/link-text"] is Severity.INFO


def test_a_link_named_for_where_it_leads_is_fine():
    assert "a11y/link-text" not in in_page('<a href="https://x.example/">Reset your password</a>')


def test_http_links_and_images_are_insecure():
    assert in_page('<a href="http://shop.example.com/">Shop</a>')["link/insecure"] is (
        Severity.WARNING
    )
    assert "link/insecure" in in_page('<img src="http://cdn.example.com/a.png" alt="">')
    assert "link/insecure" not in in_page('<a href="https://shop.example.com/">Shop</a>')


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8000/reset",
        "https://127.0.0.1/x",
        "https://127.8.9.10/x",
        "https://[::1]/x",
        "https://shop.local/x",
        "https://shop.test/x",
        "https://app.localhost/x",
        "https://192.168.1.20/x",
        "https://10.0.0.5/x",
        "https://172.16.3.4/x",
        "/reset",
        "images/logo.png",
    ],
)
def test_local_and_relative_addresses_are_errors(url):
    assert in_page(f'<a href="{url}">Reset your password</a>')["link/local"] is Severity.ERROR
    assert "link/local" in in_page(f'<img src="{url}" alt="Logo">')


@pytest.mark.parametrize(
    "url", ["https://shop.example.com/", "mailto:a@example.com", "#top", "cid:logo", "tel:+39"]
)
def test_public_and_non_web_addresses_are_not_local(url):
    assert "link/local" not in in_page(f'<a href="{url}">Shop</a>')


def test_link_text_showing_another_domain():
    found = in_page('<a href="https://evil.example.net/login">www.mybank.com</a>')
    assert found["link/text-mismatch"] is Severity.WARNING
    same = in_page('<a href="https://www.mybank.com/login">mybank.com/login</a>')
    assert "link/text-mismatch" not in same
    sub = in_page('<a href="https://secure.mybank.com/login">https://mybank.com</a>')
    assert "link/text-mismatch" not in sub
    assert "link/text-mismatch" not in in_page('<a href="https://x.example/">Your order</a>')


def test_unsupported_feature_warns_with_the_clients_and_partial_is_info():
    found = in_page('<div style="display:flex">Hi</div>')
    assert found["compat/css-display-flex"] is Severity.WARNING
    report = check(from_html(PAGE.format('<div style="display:flex">Hi</div>'), "Hi"))
    flex = next(f for f in report.findings if f.rule == "compat/css-display-flex")
    assert "Outlook (Windows" in flex.message
    assert "non Google accounts" in flex.message  # caniemail's note on the partial support
    assert in_page('<p style="padding:4px">Hi</p>')["compat/css-padding"] is Severity.INFO


def test_unfilled_merge_tag_warns():
    assert in_page("<p>Hello [firstname]</p>")["mergetag/unfilled"] is Severity.WARNING


def test_missing_text_part_is_info():
    assert rules(PAGE.format("<p>Hi</p>"), text=None)["text/missing"] is Severity.INFO
    assert "text/missing" not in rules(PAGE.format("<p>Hi</p>"), text="Hi")


@example("<a href='http://[::1'>www.example.com</a>")  # urlsplit refuses an unclosed IPv6 host
@example("<style>}}{{ :is(a,b) > *|* { color: }</style><p style='color: hsl(none 0% 0%)'>x</p>")
@given(st.text(alphabet="<>/=\"' abdhiprstyle:;{}#@.-[]()!0123456789\n", max_size=300))
@settings(max_examples=60, deadline=None)
def test_any_input_gets_a_report_never_an_exception(html):
    check(from_html(html))
    check(from_html(f"<style>{html}</style><a href='{html}' style='{html}'>www.example.com</a>"))
