"""A 600 KB newsletter, as support staff paste them: preflight finds each fault planted in it,
on its line, and nothing else but the client-support notes, whatever the checker does to be
fast. The expected findings are read from the message itself."""

from support.newsletter import FAULTS, MERGE_TAG, newsletter

from mailup_gui.core.preflight.checker import check
from mailup_gui.core.preflight.delivered import from_html
from mailup_gui.core.preflight.findings import Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def line_of(html: str, text: str) -> int:
    """The first line (from 1) of ``html`` that holds ``text``."""
    return next(n for n, line in enumerate(html.split("\n"), start=1) if text in line)


def test_every_planted_fault_is_found_on_its_line_and_nothing_else():
    html = newsletter()
    assert len(html.encode("utf-8")) >= 600_000
    at = {number: line_of(html, fault) for number, fault in FAULTS.items()}
    expected = [
        ("link/local", ERROR, at[44]),  # intranet.local
        ("size/gmail-clip", WARNING, 0),
        ("mergetag/unfilled", WARNING, line_of(html, MERGE_TAG)),
        ("a11y/img-alt", WARNING, at[3]),
        ("link/insecure", WARNING, at[7]),
        ("a11y/contrast", WARNING, at[10]),  # #aaaaaa on the card's white, inline
        ("a11y/table-role", WARNING, at[20]),
        ("a11y/contrast", WARNING, at[25]),  # .muted's #bbbbbb, from the <style> rule
        ("link/text-mismatch", WARNING, at[30]),
        ("a11y/img-alt", WARNING, at[90]),
        # article 200's #aaaaaa on white again: told once, where it first shows (article 10)
        ("text/missing", INFO, 0),
        ("a11y/link-text", INFO, at[12]),  # "Click here"
        ("a11y/link-text", INFO, at[250]),  # "read more"
    ]
    # Not found: ".btn a:hover" (#333333 on the buttons' #1a1a1a) is not what a reader sees,
    # and the dark-mode @media rule applies only sometimes.
    report = check(from_html(html))
    found = [
        (finding.rule, finding.severity, finding.where.line)
        for finding in report.findings
        if not finding.rule.startswith("compat/")
    ]
    assert found == expected
    flex = [f for f in report.findings if f.rule == "compat/css-display-flex"]
    assert [(f.where.line, f.where.excerpt) for f in flex] == [(at[50], FAULTS[50])]
    assert {f.where.part for f in report.findings} == {"html", "text"}
    assert report.preheader.startswith("This week: the stories you missed")
