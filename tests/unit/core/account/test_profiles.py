import json
from dataclasses import replace

import pytest

from mailup_gui.api.endpoints import PRODUCTION_BASE_URL
from mailup_gui.core.account.profiles import (
    Endpoint,
    Profile,
    ProfileStore,
    endpoint_warnings,
    profile_problems,
    sandbox_profile,
)


def make(name="Acme", username="s123456_1", **changes) -> Profile:
    return Profile(name=name, username=username, **changes)


def test_profiles_persist_across_stores_and_keep_order(app_home):
    store = ProfileStore()
    first, second = (
        make("Acme"),
        make("Beta", "s2_1", endpoint=Endpoint.CUSTOM, custom_url="http://127.0.0.1:8025/API/v2.0"),
    )
    store.put(first)
    store.put(second)
    store.set_active(second.id)

    again = ProfileStore()
    assert [p.name for p in again.all()] == ["Acme", "Beta"]
    assert again.active == second
    assert again.get(second.id).endpoint is Endpoint.CUSTOM


def test_choosing_the_profile_already_active_writes_nothing(app_home):
    """The app chooses its profile at every start, before its first paint: no write (with its
    fsync) when that profile is the active one already."""
    store = ProfileStore()
    store.put(make("Acme"))
    store.set_active(store.all()[0].id)
    written = store.path.stat().st_mtime_ns, store.path.stat().st_ino

    ProfileStore().set_active(store.all()[0].id)

    assert (store.path.stat().st_mtime_ns, store.path.stat().st_ino) == written


def test_edit_replaces_by_id(app_home):
    store = ProfileStore()
    profile = make()
    store.put(profile)
    store.put(make("Acme S.p.A.", id=profile.id, campaign_code="ACME"))
    assert len(store.all()) == 1
    assert ProfileStore().get(profile.id).campaign_code == "ACME"


def test_duplicate_gets_new_id_and_name(app_home):
    store = ProfileStore()
    profile = make(colour="#112233")
    store.put(profile)
    copy = store.duplicate(profile.id)
    assert copy.id != profile.id
    assert copy.name == "Acme (copy)"
    assert copy.colour == "#112233"
    assert len(ProfileStore().all()) == 2


def test_delete_moves_active_to_a_remaining_profile(app_home):
    store = ProfileStore()
    a, b = make("A"), make("B")
    store.put(a)
    store.put(b)
    store.set_active(a.id)
    store.delete(a.id)
    assert ProfileStore().active == b
    store.delete(b.id)
    assert ProfileStore().active is None


def test_file_never_holds_a_secret_field(app_home):
    store = ProfileStore()
    store.put(make())
    saved = json.loads(store.path.read_text())
    assert set(saved["profiles"][0]) == set(Profile.__dataclass_fields__)
    assert "secret" not in json.dumps(saved).lower()


def test_ensure_sandbox_creates_once():
    store = ProfileStore()
    first = store.ensure_sandbox()
    assert first.endpoint is Endpoint.SANDBOX and first.username == "s10000_1"
    assert store.ensure_sandbox() == first
    assert len(store.all()) == 1


def test_find_by_name_case_insensitive_or_id():
    store = ProfileStore()
    profile = make("Acme Support")
    store.put(profile)
    assert store.find("acme support") == profile
    assert store.find(profile.id) == profile
    assert store.find("nobody") is None


def test_base_urls():
    assert make().base_url() == PRODUCTION_BASE_URL
    custom = make(endpoint=Endpoint.CUSTOM, custom_url=" http://127.0.0.1:8025/API/v2.0 ")
    assert custom.base_url() == "http://127.0.0.1:8025/API/v2.0/"
    sandbox = sandbox_profile()
    assert sandbox.base_url(None) is None
    assert sandbox.base_url("http://127.0.0.1:5/API/v2.0/") == "http://127.0.0.1:5/API/v2.0/"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"username": "john"}, "username"),
        ({"endpoint": Endpoint.CUSTOM, "custom_url": "localhost:80"}, "custom_url"),
        ({"from_email": "support"}, "from_email"),
        ({"test_address": "me@"}, "test_address"),
        ({"test_address": "a@example.com, b@example.com"}, "test_address"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_problems_name_the_field(changes, field):
    problems = profile_problems(make(**changes))
    assert list(problems) == [field]
    assert problems[field]


def test_valid_profile_has_no_problems():
    assert profile_problems(make(from_email="support@example.com")) == {}
    assert profile_problems(make(test_address=" agent@example.org ")) == {}


def test_a_custom_url_marked_production_is_production_and_stays_so(tmp_path):
    live = Profile(
        name="Live", username="s1_1", endpoint=Endpoint.CUSTOM, custom_url="https://x.example/"
    )
    assert not live.is_production
    store = ProfileStore(tmp_path / "profiles.json")
    store.put(replace(live, production=True))
    assert ProfileStore(tmp_path / "profiles.json").get(live.id).is_production
    # the mark means nothing for the built-in endpoints
    assert not replace(live, endpoint=Endpoint.SANDBOX, production=True).is_production
    assert Profile(name="P", username="s1_1").is_production


def test_risky_custom_urls_are_warned_about():
    def warned(url: str, sandbox: str | None = "http://127.0.0.1:41234/API/v2.0/") -> str:
        profile = Profile(name="C", username="s1_1", endpoint=Endpoint.CUSTOM, custom_url=url)
        return endpoint_warnings(profile, sandbox).get("custom_url", "")

    assert "unencrypted" in warned("http://mailup.example.com/API/v2.0/")
    assert "unencrypted" in warned("HTTP://10.0.0.5:8025/API/v2.0/")
    assert warned("https://mailup.example.com/API/v2.0/") == ""
    assert warned("http://127.0.0.1:8025/API/v2.0/") == ""  # mailup-sandbox on a fixed port
    assert warned("http://localhost:8025/API/v2.0/") == ""
    assert "every start" in warned("http://127.0.0.1:41234/API/v2.0/")
    assert "every start" in warned("http://localhost:41234/API/v2.0/")
    assert warned("http://127.0.0.1:41234/API/v2.0/", sandbox=None) == ""
    assert warned("http://127.0.0.1:notaport/") == ""  # profile_problems' business


def test_the_embedded_sandbox_is_labelled_never_by_its_url():
    sandbox = sandbox_profile()
    assert sandbox.endpoint_label("http://127.0.0.1:41234/API/v2.0/") == "Local sandbox"
    assert "starting" in sandbox.endpoint_label(None)
