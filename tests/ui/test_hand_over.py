"""The running app's side of a second start: switch profile, come to the front."""

from mailup_gui.core.account.profiles import Profile
from mailup_gui.core.app.single_instance import HandOver
from mailup_gui.ui.single_instance import answer_hand_over


def test_a_handed_over_profile_is_switched_to_and_the_window_restored(window, qtbot):
    acme = Profile(name="Acme", username="s10000_2")
    window.context.profiles.put(acme)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)

    assert answer_hand_over(window, HandOver(profile="Acme")) is None
    assert not window.isMinimized()
    assert window.context.profiles.active.id == acme.id
    assert window.profile_combo.currentText() == "Acme"


def test_an_unknown_profile_is_an_answer_not_a_switch(window):
    before = window.context.profiles.active.id
    answer = answer_hand_over(window, HandOver(profile="Nobody"))
    assert answer == "no profile named 'Nobody'. Profiles: Sandbox (local)"
    assert window.context.profiles.active.id == before


def test_sandbox_switches_back_to_the_sandbox_profile(window):
    acme = Profile(name="Acme", username="s10000_2")
    window.context.profiles.put(acme)
    window.context.profiles.set_active(acme.id)
    assert answer_hand_over(window, HandOver(sandbox=True)) is None
    assert window.context.profiles.active.name == "Sandbox (local)"
