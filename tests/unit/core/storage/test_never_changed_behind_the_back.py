"""Profiles and settings this version cannot read are kept, never dropped or defaulted; values
merely written differently are read as meant (issue 22)."""

import json

from mailup_gui.api.endpoints import Channel
from mailup_gui.core.account.profiles import Endpoint, ProfileStore
from mailup_gui.core.storage.settings import SettingsStore


def write(path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value))


def test_values_written_as_text_are_read_as_meant(app_home, damaged_files):
    path = ProfileStore().path
    real = {
        "name": "Customer",
        "username": "s1_1",
        "endpoint": "custom",
        "custom_url": "https://mailup.example.com/API/v2.0/",
        "relay_port": "2525",
        "production": "true",
        "relay_starttls": "false",
    }
    write(path, {"profiles": [real], "active": None})
    [profile] = ProfileStore().all()
    assert profile.relay_port == 2525
    assert profile.production is True and profile.is_production
    assert profile.relay_starttls is False
    assert damaged_files.all() == []


def test_a_profile_this_version_cannot_read_is_kept_aside_never_changed(app_home, damaged_files):
    path = ProfileStore().path
    doubtful = {
        "name": "Real account",
        "username": "s1_2",
        "endpoint": "custom",
        "custom_url": "https://x.example/",
        "production": "yes",
    }
    newer = {"name": "Staging", "username": "s1_3", "endpoint": "staging"}
    ok = {"name": "ok", "username": "s1_1"}
    original = {"profiles": [42, ok, doubtful, newer], "active": None}
    write(path, original)

    store = ProfileStore()
    # Not given a default: a production mark that cannot be read must not become False.
    assert [p.name for p in store.all()] == ["ok"]
    assert store.set_aside is not None
    assert json.loads(store.set_aside.read_text()) == original  # verbatim
    [report] = damaged_files.all()
    assert report.path == path and report.kept_as == store.set_aside
    assert "cannot use" in report.lost
    # The readable profile is still in the file, and a second start reports nothing new.
    assert [p.name for p in ProfileStore().all()] == ["ok"]
    assert len(damaged_files.all()) == 1


def test_a_profile_without_a_name_or_username_is_not_made_up(app_home, damaged_files):
    path = ProfileStore().path
    write(path, {"profiles": [{"name": "no user", "endpoint": "production"}], "active": None})
    assert ProfileStore().all() == []
    assert len(damaged_files.all()) == 1


def test_profiles_of_an_older_version_keep_their_defaults_silently(app_home, damaged_files):
    path = ProfileStore().path
    write(path, {"profiles": [{"name": "old", "username": "s1_1"}], "active": None})
    [profile] = ProfileStore().all()
    assert profile.endpoint is Endpoint.PRODUCTION and profile.relay_port == 25
    assert damaged_files.all() == []


def test_settings_written_as_text_are_read_as_meant(app_home, damaged_files):
    store = SettingsStore()
    write(store.path, {"poll_interval_s": "30", "screen_share": "true"})
    value = SettingsStore().value
    assert value.poll_interval_s == 30 and value.screen_share is True
    assert damaged_files.all() == []


def test_a_setting_that_cannot_be_read_is_kept_in_a_copy_with_the_banner(app_home, damaged_files):
    store = SettingsStore()
    original = {"screen_share": "sometimes", "welcome_dismissed": True, "language": "it"}
    write(store.path, original)
    again = SettingsStore()
    assert again.value.screen_share is False  # the default, for this session
    assert again.value.welcome_dismissed is True and again.value.language == "it"
    assert again.set_aside is not None
    assert json.loads(again.set_aside.read_text()) == original
    [report] = damaged_files.all()
    assert report.kept_as == again.set_aside
    # What could be read is kept in the file itself.
    assert json.loads(store.path.read_text())["language"] == "it"


def test_an_unknown_send_channel_falls_back_for_that_profile_alone(app_home, damaged_files):
    store = SettingsStore()
    write(store.path, {"send_channels": {"p1": "SMTP", "p2": "smtp", "p3": "api"}})
    again = SettingsStore()
    assert again.value.send_channels == {"p2": Channel.SMTP, "p3": Channel.API}
    [fallback] = again.fallbacks
    assert fallback.value == "SMTP" and "API" in fallback.text
    assert damaged_files.all() == []


def test_an_unknown_language_or_theme_falls_back_for_that_entry_and_says_so(
    app_home, damaged_files
):
    store = SettingsStore()
    write(store.path, {"language": "de", "theme": "sepia", "screen_share": True})
    again = SettingsStore()
    assert (again.value.language, again.value.theme, again.value.screen_share) == ("", "", True)
    assert sorted(f.value for f in again.fallbacks) == ["de", "sepia"]
    assert all("Preferences" in f.text for f in again.fallbacks)
    assert damaged_files.all() == []


def test_folders_by_purpose_must_be_folders(app_home, damaged_files):
    store = SettingsStore()
    write(store.path, {"last_folders": {"export-users": 3}, "theme": "dark"})
    again = SettingsStore()
    assert again.value.last_folders == {} and again.value.theme == "dark"
    assert [d.path for d in damaged_files.all()] == [store.path]


def test_send_channels_are_stored_as_their_names(app_home):
    store = SettingsStore()
    store.update(send_channels={"p1": Channel.SMTP})
    assert json.loads(store.path.read_text())["send_channels"] == {"p1": "smtp"}
    assert SettingsStore().value.send_channels == {"p1": Channel.SMTP}
