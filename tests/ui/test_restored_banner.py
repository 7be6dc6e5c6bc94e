""" "Your unsent message was restored." only when something typed or attached came back."""

import pytest

from mailup_gui.core.message.draft import Draft, Options
from mailup_gui.core.message.drafts import DraftStore
from mailup_gui.ui.compose.pane import ComposePane

RESTORED = "Your unsent message was restored."


def pane_after_restart(qtbot, context, autosaved: Draft | None) -> ComposePane:
    """A Compose pane as the next start builds it, after ``autosaved`` was left behind."""
    if autosaved is not None:
        store = DraftStore()
        store.autosave("message", autosaved)
        store.close()
    pane = ComposePane(context)
    qtbot.addWidget(pane)
    return pane


def profile_default(context) -> Draft:
    profile = context.profiles.active
    return Draft(
        from_name=profile.from_name,
        from_email=profile.from_email,
        options=Options(campaign_code=profile.campaign_code),
    )


@pytest.mark.parametrize(
    "autosaved",
    [
        pytest.param("default", id="plain quit with an untouched message"),
        pytest.param(Draft(), id="crash before anything was typed"),
        pytest.param(Draft(from_email="other@example.com"), id="only a sender a profile fills"),
    ],
)
def test_no_banner_when_nothing_typed_came_back(qtbot, context, autosaved):
    context.profiles.set_active(context.profiles.ensure_sandbox().id)
    draft = profile_default(context) if autosaved == "default" else autosaved
    pane = pane_after_restart(qtbot, context, draft)
    assert not pane.form.result.isVisible()
    assert RESTORED not in pane.form.result.text


def test_the_banner_when_typed_work_came_back(qtbot, context):
    context.profiles.set_active(context.profiles.ensure_sandbox().id)
    typed = Draft(subject="Half-written", to="mario@example.org")
    pane = pane_after_restart(qtbot, context, typed)
    assert pane.form.result.isVisible()
    assert RESTORED in pane.form.result.text
    assert pane.form.envelope.subject.text() == "Half-written"
