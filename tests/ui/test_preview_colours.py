"""The "prefers dark" rewrite the preview applies for Dark (no Qt needed)."""

from mailup_gui.ui.preview.colours import prefer_dark


def test_dark_queries_match_and_light_ones_stop_matching():
    html = (
        "<style>@media (prefers-color-scheme: dark) { a { color: white } }\n"
        "@media screen and (prefers-color-scheme:light) { a { color: black } }</style>"
    )
    assert prefer_dark(html) == (
        "<style>@media (prefers-color-scheme: light) { a { color: white } }\n"
        "@media screen and (prefers-color-scheme:dark) { a { color: black } }</style>"
    )


def test_picture_sources_switch_too():
    html = '<picture><source srcset="cid:dark" media="(prefers-color-scheme: dark)">'
    assert 'media="(prefers-color-scheme: light)"' in prefer_dark(html)


def test_a_declared_dark_capable_colour_scheme_becomes_dark():
    html = (
        '<meta name="color-scheme" content="light dark">'
        "<style>:root { color-scheme: light dark !important; }"
        " p { color-scheme: light }</style>"
    )
    result = prefer_dark(html)
    assert '<meta name="color-scheme" content="dark">' in result
    assert ":root { color-scheme: dark !important; }" in result
    assert "p { color-scheme: light }" in result


def test_the_text_of_the_email_is_left_alone():
    html = "<p>Set prefers-color-scheme: dark to see it; color-scheme: light dark</p>"
    assert prefer_dark(html) == html
