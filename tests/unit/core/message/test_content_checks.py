from mailup_gui.core.message.content_checks import cid_report, sender_allowed


def test_cid_references_are_checked_both_ways():
    html = '<img src="cid:logo"><img src=\'cid:banner\'><div style="background:url(cid:bg)">'
    report = cid_report(html, ["logo", "footer", ""])
    assert report.missing == ["banner", "bg"]
    assert report.unused == ["footer"]


def test_no_html_means_every_image_is_unused():
    assert cid_report("", ["logo"]).unused == ["logo"]


def test_sender_by_address_or_domain():
    assert sender_allowed("Support@Example.com", "support@example.com", None) is True
    assert sender_allowed("billing@example.com", "support@example.com", "example.com") is True
    assert sender_allowed("x@other.org", "support@example.com", "example.com;shop.example") is False
    assert sender_allowed("a@shop.example", "", "example.com; shop.example") is True
    assert sender_allowed("a@b.c", None, None) is None
