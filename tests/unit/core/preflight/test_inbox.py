"""The inbox line: the preheader a mail app reads, where a phone and a desktop list cut it, and
the features behind each client's counts."""

from mailup_gui.core.preflight.checker import check
from mailup_gui.core.preflight.delivered import from_html
from mailup_gui.core.preflight.inbox import DESKTOP, PHONE, cut, inbox_line

HIDDEN = (
    "<html><head><style>p{{color:red}}</style><title>Not read</title></head><body>"
    '<div style="display:none;max-height:0;overflow:hidden">Your parcel leaves today</div>'
    "{padding}<table><tr><td><h1>Hello [name]</h1><p>Body text</p></td></tr></table></body></html>"
)


def test_a_hidden_preheader_element_is_what_the_list_reads_and_the_head_is_not():
    report = check(from_html(HIDDEN.format(padding="")))
    assert report.preheader.startswith("Your parcel leaves today Hello")
    assert "Not read" not in report.preheader and "color" not in report.preheader


def test_without_a_preheader_the_list_shows_the_first_text_of_the_body():
    report = check(from_html("<body><!-- x --><p>First  words\n here</p><p>then</p></body>"))
    assert report.preheader == "First words here then"


def test_invisible_padding_keeps_the_body_text_out_of_a_phone_line():
    padding = "&zwnj;&nbsp;" * 60
    report = check(from_html(HIDDEN.format(padding=padding)))
    line = inbox_line("Shop", "Shipped", report.preheader, PHONE)
    assert line.preheader.startswith("Your parcel leaves today")
    assert "Body" not in line.preheader and "Hello" not in line.preheader


def test_a_phone_cuts_the_subject_at_35_and_the_preheader_at_90_characters():
    subject = "Your order 12345 has shipped and is on its way to you"
    first = "x" * 200
    line = inbox_line("A very long shop name that goes on and on", subject, first, PHONE)
    assert len(line.subject) == 35 and line.subject.endswith("…")
    assert len(line.preheader) == 90 and line.preheader.endswith("…")
    assert line.sender.endswith("…") and len(line.sender) == PHONE.sender


def test_a_desktop_list_shares_one_line_between_subject_and_preheader():
    line = inbox_line("Shop", "Shipped", "y" * 300, DESKTOP)
    assert line.subject == "Shipped"
    assert len(line.subject) + 3 + len(line.preheader) == DESKTOP.one_line
    long = inbox_line("Shop", "s" * 200, "y" * 300, DESKTOP)
    assert len(long.subject) == DESKTOP.one_line and long.preheader == ""


def test_cut_keeps_what_fits():
    assert cut("Short", 35) == "Short"
    assert cut("abcdef", 4) == "abc…"


def test_each_client_names_the_features_it_lacks_and_those_it_supports_in_part():
    html = '<body><div style="display:flex;border-radius:4px">x</div></body>'
    clients = {(c.client, c.platform): c for c in check(from_html(html, "x")).clients}
    outlook = clients["Outlook", "Windows"]
    assert outlook.unsupported == len(outlook.missing)
    assert any("flex" in title.lower() for title in outlook.missing)
    assert outlook.partial == len(outlook.partly)
    partly_somewhere = [text for c in clients.values() for text in c.partly]
    assert partly_somewhere and all(text.endswith(".") for text in partly_somewhere)
