"""A newsletter as support staff paste them: ~600 KB of table-based markup with inline styles on
every cell, images, links and a <style> block, and a few faults (``FAULTS``), each on a line of
its own in the text of an article, so that a test can tell what preflight must find, and where,
by reading the message."""

from __future__ import annotations

STYLE = """<style type="text/css">
  body, table, td { -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; }
  img { border: 0; outline: none; text-decoration: none; }
  .wrapper { width: 100%; max-width: 640px; }
  .muted { color: #bbbbbb; }
  .btn a:hover { color: #333333; }
  div > u + .body .gmail-fix { font-size: 1px; }
  @media screen and (max-width: 600px) {
    .col { width: 100% !important; }
  }
  @media (prefers-color-scheme: dark) {
    .card { background-color: #1e1e1e !important; color: #eeeeee !important; }
  }
  /* footer */
  .footer p { color: #555555; font-size: 12px; }
</style>"""
# The text cells' style: dark grey on the cards' white.
CELL = "font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#444444"
# article number → a line with a fault, put in that article's text
FAULTS = {
    3: '<img src="https://cdn.example.com/img/extra-3.png" width="64">',
    7: '<a href="http://news.example.com/old/7" style="color:#222222">Archive</a>',
    10: '<p style="color:#aaaaaa;margin:0">Sponsored content</p>',
    12: '<a href="https://news.example.com/a/12/more" style="color:#222222">Click here</a>',
    20: '<table width="100%"><tr><td style="color:#222222">Layout, no role</td></tr></table>',
    25: '<p class="muted" style="margin:0">Terms apply</p>',
    30: '<a href="https://tracker.example.net/c/30" style="color:#222222">www.example.com</a>',
    44: '<a href="https://intranet.local/offers" style="color:#222222">Staff offers</a>',
    50: '<div style="display:flex;color:#222222">Two columns</div>',
    90: '<img src="https://cdn.example.com/img/extra-90.png" width="64">',
    200: '<p style="color:#aaaaaa;margin:0">Sponsored content again</p>',
    250: '<a href="https://news.example.com/a/250/more" style="color:#222222">read more</a>',
}
MERGE_TAG = "[firstname]"  # in the first headline, without a value


def newsletter(target_bytes: int = 600_000) -> str:
    """Articles until the HTML weighs ``target_bytes`` (UTF-8)."""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><title>Weekly news</title>',
        *STYLE.split("\n"),
        "</head>",
        '<body style="margin:0;padding:0;background-color:#f2f2f2">',
        '<div style="max-height:0;overflow:hidden">This week: the stories you missed</div>',
        '<table role="presentation" width="100%" style="background-color:#f2f2f2"><tr>',
        '<td align="center" style="padding:24px 8px">',
        '<table role="presentation" class="wrapper" width="640"><tr><td>',
        '<img src="https://cdn.example.com/logo.png" width="160" height="40" alt="Example News">',
    ]
    tail = [
        '</td></tr><tr><td class="footer" style="padding:24px;background-color:#f2f2f2">',
        "<p>Example News · Via Roma 1, Milano</p>",
        '<p><a href="https://news.example.com/unsubscribe">Unsubscribe</a></p>',
        "</td></tr></table></td></tr></table>",
        "</body>",
        "</html>",
    ]
    size = sum(len(line.encode("utf-8")) + 1 for line in lines + tail)
    number = 0
    while size < target_bytes:
        block = _article(number)
        size += sum(len(line.encode("utf-8")) + 1 for line in block)
        lines += block
        number += 1
    return "\n".join(lines + tail)


def _article(number: int) -> list[str]:
    headline = f"Hello {MERGE_TAG}, here is" if number == 0 else "Headline"
    fault = [FAULTS[number]] if number in FAULTS else []
    return [
        f"<!-- article {number} -->",
        '<table role="presentation" class="card" width="100%" '
        'style="background-color:#ffffff;border-radius:6px;margin:0 0 16px 0">',
        f'<tr><td style="padding:0"><a href="https://news.example.com/a/{number}?utm_source=nl">'
        f'<img src="https://cdn.example.com/img/article-{number}.jpg" width="600" height="300" '
        f'alt="Article {number}" style="display:block;width:100%;height:auto;border:0">'
        "</a></td></tr>",
        f'<tr><td style="padding:24px 24px 8px 24px;{CELL};font-size:22px;font-weight:bold">',
        f'<a href="https://news.example.com/a/{number}" style="color:#1a1a1a;text-decoration:none">'
        f"{headline} number {number}: what happened this week</a></td></tr>",
        f'<tr><td style="padding:0 24px 16px 24px;{CELL}">',
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. <strong>Quis nostrud</strong> exercitation "
        "ullamco laboris nisi ut aliquip ex ea commodo consequat &mdash; <em>duis aute</em>.",
        *fault,
        "</td></tr>",
        '<tr><td style="padding:0 24px 24px 24px"><table role="presentation"><tr>',
        f'<td class="col" width="50%" valign="top" style="{CELL};font-size:14px">'
        f'<img src="https://cdn.example.com/img/thumb-{number}a.png" width="64" alt="">'
        f"Related {number}a</td>",
        f'<td class="col" width="50%" valign="top" style="{CELL};font-size:14px">'
        f'<img src="https://cdn.example.com/img/thumb-{number}b.png" width="64" alt="">'
        f"Related {number}b</td>",
        "</tr></table></td></tr>",
        '<tr><td class="btn" style="padding:0 24px 24px 24px;background-color:#1a1a1a">',
        f'<a href="https://news.example.com/a/{number}/read" style="color:#ffffff;'
        'display:inline-block;padding:12px 24px">Read the full story</a>',
        "</td></tr>",
        "</table>",
    ]
