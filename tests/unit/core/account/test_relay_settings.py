"""A profile's SMTP+ relay settings: defaults, checks naming the field, old files, the endpoint."""

import json

import pytest

from mailup_gui.core.account.profiles import (
    DEFAULT_RELAY_PORT,
    RELAY_HOSTS,
    Endpoint,
    Profile,
    ProfileStore,
    RelayEndpoint,
    is_loopback_host,
    profile_problems,
    sandbox_profile,
)


def make(**changes) -> Profile:
    return Profile(name="Acme", username="s123456_1", **changes)


def test_a_new_profile_uses_mailups_fast_relay_on_port_25_with_starttls():
    assert make().relay_endpoint() == RelayEndpoint("fast.smtpok.com", 25, starttls=True)
    assert RELAY_HOSTS == ("fast.smtpok.com", "in.smtpok.com") and DEFAULT_RELAY_PORT == 25


@pytest.mark.parametrize("port", [25, 1025, 2525, 5000])
def test_documented_ports_are_accepted(port):
    assert profile_problems(make(relay_port=port)) == {}


@pytest.mark.parametrize("port", [587, 465, 24, 1024, 5001, 0])
def test_other_ports_are_refused_naming_the_field(port):
    problems = profile_problems(make(relay_port=port))
    assert list(problems) == ["relay_port"] and "1025 to 5000" in problems["relay_port"]


def test_a_relay_on_this_computer_takes_any_port_and_may_relax_starttls():
    local = make(relay_host="127.0.0.1", relay_port=8025, relay_starttls=False)
    assert profile_problems(local) == {}
    assert local.relay_endpoint() == RelayEndpoint("127.0.0.1", 8025, starttls=False)
    assert "65535" in profile_problems(make(relay_host="localhost", relay_port=70000))["relay_port"]


def test_starttls_cannot_be_relaxed_for_a_remote_relay():
    remote = make(relay_starttls=False)
    assert "relay_starttls" in profile_problems(remote)
    assert remote.relay_endpoint().starttls  # enforced even if such a profile was saved


@pytest.mark.parametrize("host", ["", "smtp://fast.smtpok.com", "fast.smtpok.com:25", "a b"])
def test_a_host_is_a_bare_name(host):
    assert "relay_host" in profile_problems(make(relay_host=host))


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.3.2.1", True),
        ("::1", True),
        ("[::1]", True),
        ("fast.smtpok.com", False),
        ("10.0.0.1", False),
        ("", False),
    ],
)
def test_loopback_hosts(host, loopback):
    assert is_loopback_host(host) is loopback


def test_the_sandbox_profile_relays_to_the_embedded_listener_once_it_runs():
    sandbox = sandbox_profile()
    assert profile_problems(sandbox) == {}
    assert sandbox.relay_endpoint(None) is None  # still starting
    assert sandbox.relay_endpoint(("127.0.0.1", 40125)) == RelayEndpoint("127.0.0.1", 40125, True)


def test_relay_settings_persist_and_old_files_still_load(app_home):
    store = ProfileStore()
    store.put(make(relay_host="in.smtpok.com", relay_port=2525))
    assert ProfileStore().all()[0].relay_endpoint() == RelayEndpoint("in.smtpok.com", 2525)

    old = {"name": "Old", "username": "s1_1", "endpoint": "custom", "custom_url": "http://x/"}
    store.path.write_text(json.dumps({"profiles": [old], "active": None}))
    [loaded] = ProfileStore().all()
    assert loaded.endpoint is Endpoint.CUSTOM
    assert (loaded.relay_host, loaded.relay_port, loaded.relay_starttls) == (
        "fast.smtpok.com",
        25,
        True,
    )


def test_a_hand_edited_member_is_read_as_meant_or_the_profile_kept_aside(app_home):
    # Issue 22: a value this version cannot read is never replaced by a default any more.
    store = ProfileStore()
    readable = {"name": "Odd", "username": "s1_1", "relay_port": "2525", "relay_starttls": "false"}
    unreadable = {"name": "Odder", "username": "s1_2", "relay_starttls": "no"}
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(json.dumps({"profiles": [readable, unreadable], "active": None}))
    again = ProfileStore()
    [loaded] = again.all()
    assert (loaded.relay_port, loaded.relay_starttls) == (2525, False)
    assert again.set_aside is not None and '"no"' in again.set_aside.read_text()
