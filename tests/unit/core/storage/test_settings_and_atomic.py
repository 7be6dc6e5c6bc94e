import os

import pytest

from mailup_gui.core.storage import atomic
from mailup_gui.core.storage.settings import SettingsStore


def test_settings_round_trip(app_home):
    store = SettingsStore()
    assert store.value.screen_share is False
    store.update(screen_share=True, welcome_dismissed=True)
    again = SettingsStore()
    assert again.value.screen_share is True
    assert again.value.welcome_dismissed is True


def test_unknown_keys_in_the_file_are_ignored(app_home):
    store = SettingsStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text('{"screen_share": true, "from_a_future_version": 1}')
    assert SettingsStore().value.screen_share is True


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "settings.json"
    atomic.write_json_atomic(target, {"v": 1})

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic.write_json_atomic(target, {"v": 2})
    assert atomic.read_json(target, None) == {"v": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_damaged_profiles_file_is_set_aside_not_lost(app_home):
    from mailup_gui.core.account.profiles import ProfileStore

    path = ProfileStore().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"profiles": [{"name": "half')
    store = ProfileStore()
    assert store.all() == []
    assert store.set_aside is not None
    assert store.set_aside.read_text() == '{"profiles": [{"name": "half'
