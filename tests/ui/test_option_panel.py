"""The XSmtpAPI option panel: one editor per member of the option list, each named and
explained, each read, filled and announced the same way."""

import pytest
from support.options import EVERY_MEMBER

from mailup_gui.core.message.options import OPTION_FIELDS, Options
from mailup_gui.ui.widgets.xsmtpapi_panel import XSmtpApiPanel


@pytest.fixture
def panel(qtbot):
    panel = XSmtpApiPanel()
    qtbot.addWidget(panel)
    return panel


def test_one_named_editor_per_member_of_the_list(panel):
    assert sorted(panel.editors) == sorted(field.name for field in OPTION_FIELDS)
    for field in OPTION_FIELDS:
        editor = panel.editors[field.name]
        if field.name == "schedule":  # its box and its time are named apart
            assert editor.on.toolTip() and editor.when.accessibleName()
        else:
            assert editor.accessibleName() == field.label and editor.toolTip()


def test_every_member_goes_in_and_comes_out_as_typed(panel):
    assert panel.options() == Options()
    panel.set_options(EVERY_MEMBER)
    assert panel.options() == EVERY_MEMBER
    panel.set_options(Options())
    assert panel.options() == Options()


@pytest.mark.parametrize("field", OPTION_FIELDS, ids=lambda field: field.name)
def test_a_change_to_any_member_is_announced(panel, qtbot, field):
    with qtbot.waitSignal(panel.changed, timeout=1000):
        panel.editors[field.name].set_value(getattr(EVERY_MEMBER, field.name))
