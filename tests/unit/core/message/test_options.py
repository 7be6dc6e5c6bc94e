"""The XSmtpAPI options, declared once: the field list, the draft's Options and the wire's
XSmtpApi name the same members, and every conversion goes through the list."""

import msgspec
from support.options import EVERY_MEMBER

from mailup_gui.api.dto import NameValue, XSmtpApi, to_builtins
from mailup_gui.core.message.options import (
    OPTION_FIELDS,
    Options,
    draft_options,
    request_options,
    stored_options,
)


def test_the_list_and_both_structs_name_the_same_members():
    wire = {f.name: f.encode_name for f in msgspec.structs.fields(XSmtpApi)}
    assert {f.name: f.mailup for f in OPTION_FIELDS} == wire
    assert len(OPTION_FIELDS) == len(wire)  # none twice
    assert {f.name for f in OPTION_FIELDS} == set(Options.__struct_fields__)


def test_every_member_is_sent_as_typed_but_spaces_and_rows_without_a_value():
    sent = request_options(EVERY_MEMBER)
    assert sent is not None
    assert to_builtins(sent) == {
        "CampaignName": "Invoices",
        "CampaignCode": "INV",
        "Header": True,
        "Footer": False,
        "ClickTracking": True,
        "ViewTracking": False,
        "Priority": 2,
        "Schedule": "2030-05-06T07:08:00Z",
        "DynamicFields": [{"N": "firstname", "V": "Mario"}],
        "CampaignReport": "Monthly",
        "SkipDynamicFields": False,
    }
    assert request_options(Options()) is None  # nothing typed: no XSmtpAPI at all
    back = draft_options(sent)
    assert back == msgspec.structs.replace(
        EVERY_MEMBER, campaign_name="Invoices", dynamic_fields=[("firstname", "Mario")]
    )
    assert draft_options(None) == Options()


def test_a_stored_request_is_read_leniently_member_by_member():
    stored = {
        "CampaignName": 42,  # a number where text belongs: shown as its text
        "Header": "yes",  # not a boolean: not given
        "Footer": True,
        "Priority": True,  # a boolean is no priority
        "Schedule": "not a date",
        "DynamicFields": [{"N": "a", "V": 1}, "junk"],
        "SkipDynamicFields": None,
    }
    assert stored_options(stored) == XSmtpApi(
        campaign_name="42", footer=True, dynamic_fields=[NameValue("a", "1")]
    )
    assert stored_options(["not", "an", "object"]) == XSmtpApi()
    assert stored_options({"DynamicFields": {"N": "a"}}) == XSmtpApi()
