from mailup_gui.api.dto import EmailAddress
from mailup_gui.core.message.addresses import format_addresses, parse_addresses, to_email_addresses


def test_pasted_list_with_every_separator_and_quoted_commas():
    entries = parse_addresses(
        'Mario Rossi <mario@example.org>, c@example.it; "Bianchi, Giulia" <g@example.it>\n'
        "d@example.com"
    )
    assert [(e.name, e.email, e.problem) for e in entries] == [
        ("Mario Rossi", "mario@example.org", None),
        ("", "c@example.it", None),
        ("Bianchi, Giulia", "g@example.it", None),
        ("", "d@example.com", None),
    ]


def test_bad_entries_are_kept_with_their_problem():
    entries = parse_addresses("good@example.com, not-an-address, x@, a@b@c")
    assert [e.text for e in entries] == ["good@example.com", "not-an-address", "x@", "a@b@c"]
    assert entries[0].problem is None
    assert all(e.problem for e in entries[1:])
    assert to_email_addresses(entries) == [EmailAddress("good@example.com")]


def test_empty_pieces_are_ignored():
    assert parse_addresses(" , ;\n") == []


def test_format_round_trips():
    addresses = [EmailAddress("g@example.it", "Bianchi, Giulia"), EmailAddress("a@example.it")]
    again = to_email_addresses(parse_addresses(format_addresses(addresses)))
    assert again == addresses
