"""Loading the sandbox's data file: the shipped demo, TOML and JSON alike, and clear errors."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from mailup_gui.resources import resource_path
from mailup_gui.sandbox.data import DataError, account_id_of, load_data

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

MINIMAL_TOML = """
[[accounts]]
id = 42

[[users]]
username = "s42_1"
secret = "pw"
list = 3
block_until = 2030-01-02T03:04:05+01:00
sender_list = "a@example.com; b@example.com"

[[templates]]
id = 7
account = 42
list = 3
subject = "Hi [name]"
html = "<p>Hi [name]</p><img src='cid:pic'>"
images = [{ content_id = "pic", file = "pic.png" }]
"""


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_demo_data_has_what_the_docs_promise():
    data = load_data(resource_path("sandbox", "demo.toml"), NOW)

    assert {id: account.state for id, account in data.accounts.items()} == {
        10000: "active",
        20000: "suspended",
        30000: "deleted",
    }
    users = data.users
    assert {name for name in users} == {
        "s10000_1",
        "s10000_2",
        "s10000_3",
        "s10000_4",
        "s10000_5",
        "s20000_1",
        "s30000_1",
    }
    assert all(user.secret == "sandbox" for user in users.values())
    assert (users["s10000_1"].sender_list, users["s10000_1"].domain_list) == (
        "support@example.com",
        "example.com",
    )
    assert users["s10000_1"].blocked_until(NOW) is None
    assert users["s10000_2"].block_until == NOW + timedelta(days=7)
    assert (
        users["s10000_3"].admin_block
        and not users["s10000_4"].enabled
        and users["s10000_5"].deleted
    )
    assert {id: (t.account_id, t.list_id) for id, t in data.templates.items()} == {
        1: (10000, 1),
        2: (10000, 1),
        3: (10000, 1),
        9: (10000, 2),
    }
    for template in data.templates.values():
        assert "[firstname]" in template.subject + template.html
        assert "[firstname]" in template.text
    [logo] = data.templates[3].images
    assert logo.content_id == "logo" and 'src="cid:logo"' in data.templates[3].html
    assert logo.body.startswith(b"\x89PNG\r\n\x1a\n")


def test_a_toml_file_with_an_image_beside_it(tmp_path):
    (tmp_path / "pic.png").write_bytes(b"PNGDATA")
    data = load_data(write(tmp_path, "mine.toml", MINIMAL_TOML), NOW)

    user = data.users["s42_1"]
    assert (user.account_id, user.list_id, user.enabled, user.priority) == (42, 3, True, 3)
    assert user.block_until == datetime(2030, 1, 2, 2, 4, 5, tzinfo=UTC)
    assert user.created == NOW
    assert data.templates[7].images[0].body == b"PNGDATA"
    assert data.templates[7].images[0].filename == "pic.png"


def test_a_json_file_with_the_same_schema(tmp_path):
    (tmp_path / "pic.png").write_bytes(b"PNGDATA")
    document = {
        "accounts": [{"id": 42, "state": "suspended"}],
        "users": [
            {
                "username": "s42_1",
                "secret": "pw",
                "list": 3,
                "block_for_days": 1.5,
                "created": "2024-01-01T00:00:00Z",
            }
        ],
        "templates": [
            {
                "id": 7,
                "account": 42,
                "list": 3,
                "subject": "s",
                "html": "h",
                "images": [{"content_id": "pic", "file": "pic.png"}],
            }
        ],
    }
    data = load_data(write(tmp_path, "mine.json", json.dumps(document)), NOW)

    assert data.accounts[42].state == "suspended"
    assert data.users["s42_1"].block_until == NOW + timedelta(hours=36)
    assert data.users["s42_1"].created == datetime(2024, 1, 1, tzinfo=UTC)
    assert data.templates[7].images[0].body == b"PNGDATA"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("bad.toml", "[[accounts]\nid = 1", "not valid TOML"),
        ("bad.json", '{"accounts": [', "not valid JSON"),
        ("bad.toml", "[[accounts]]\nid = 1\ncolour = 'red'", "unknown field `colour`"),
        (
            "bad.toml",
            "[[accounts]]\nid = 'one'",
            "Expected `int`, got `str` - at `$.accounts[0].id`",
        ),
        ("bad.toml", "[[accounts]]\nid = 1\nstate = 'sleeping'", "$.accounts[0].state"),
        (
            "bad.toml",
            "[[accounts]]\nid = 1\n[[users]]\nusername = 's2_1'\nsecret = 'x'\nlist = 1",
            "account 2 is not in the file",
        ),
        (
            "bad.toml",
            "[[accounts]]\nid = 1\n[[users]]\nusername = 'bob'\nsecret = 'x'\nlist = 1",
            "s<account>_<number>",
        ),
        (
            "bad.toml",
            (
                "[[accounts]]\nid = 1\n[[templates]]\nid = 1\naccount = 1\nlist = 1\n"
                "subject = 's'\nhtml = 'h'\nimages = [{content_id = 'x', file = 'missing.png'}]"
            ),
            "cannot read image missing.png",
        ),
        ("bad.toml", "[[accounts]]\nid = 1\n[[accounts]]\nid = 1", "two accounts have the same id"),
    ],
)
def test_a_bad_file_is_one_clear_line_naming_the_file(tmp_path, name, text, expected):
    path = write(tmp_path, name, text)
    with pytest.raises(DataError) as raised:
        load_data(path, NOW)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_a_missing_file(tmp_path):
    with pytest.raises(DataError, match="cannot read the data file"):
        load_data(tmp_path / "nope.toml", NOW)


def test_the_account_comes_from_the_username():
    assert account_id_of("s123456_12") == 123456
    assert account_id_of("123456_12") is None
    assert account_id_of("s123456") is None


def test_the_request_body_cap_defaults_to_15_mib_and_is_set_in_limits(tmp_path):
    assert load_data(write(tmp_path, "a.toml", "[[accounts]]\nid = 1\n")).request_body_limit == (
        15 * 1024 * 1024
    )
    capped = write(
        tmp_path, "b.toml", "[[accounts]]\nid = 1\n[limits]\nrequest_body_bytes = 4096\n"
    )
    assert load_data(capped).request_body_limit == 4096
    for bad in ("request_body_bytes = 10", "body = 4096"):
        with pytest.raises(DataError, match="limits"):
            load_data(write(tmp_path, "c.toml", f"[[accounts]]\nid = 1\n[limits]\n{bad}\n"))
