"""The app sees a merge tag of any letters ([città]) as the sandbox does: one definition of a
tag name (api.mergetags), used by the preview and by the unfilled-tag check before a send."""

from mailup_gui.api import EmailAddress, Message, NameValue, XSmtpApi
from mailup_gui.core.message.draft import Draft, Options
from mailup_gui.core.message.preview_content import mark_unfilled, preview_content
from mailup_gui.core.send.pipeline import unfilled_tags


def request(subject: str, text: str, name: str, value: str) -> Message:
    return Message(
        subject=subject,
        text=text,
        from_=EmailAddress("support@example.com"),
        to=[EmailAddress("mario@example.org")],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue(name, value)]),
    )


def test_the_preview_lists_and_marks_an_unfilled_tag_of_unicode_letters():
    shown = preview_content(
        request("Consegna a [città]", "Ciao [nome], a [città] domani", "nome", "Mario"), []
    )
    assert shown.text == "Ciao Mario, a [città] domani"
    assert shown.unfilled == ["città"]
    assert mark_unfilled("<p>[città]</p>", shown.unfilled, "<mark>{tag}</mark>") == (
        "<p><mark>[città]</mark></p>"
    )


def test_the_preview_fills_a_tag_of_unicode_letters_case_insensitively():
    shown = preview_content(request("Per [CITTÀ]", "x", "città", "Roma"), [])
    assert (shown.subject, shown.unfilled) == ("Per Roma", [])


def test_the_check_before_a_send_asks_about_an_unfilled_unicode_tag():
    draft = Draft(subject="Ordine per [città]", options=Options(dynamic_fields=[("nome", "M")]))
    assert unfilled_tags(draft, ["Caro [nome], [straße] [日付]"]) == ["città", "straße", "日付"]
