"""The keyring path for real: gnome-keyring over a private D-Bus session (see ./dev test)."""

from contextlib import closing

import pytest

from mailup_gui.core.account.profiles import Profile, ProfileStore
from mailup_gui.core.account.secrets import SecretStore, Storage, keyring_label
from mailup_gui.core.storage.settings import SettingsStore

pytestmark = pytest.mark.secret_service

SECRET = "Tr4nsactional-s3cret-Ω"


def files_containing(root, needle: str) -> list:
    data = needle.encode()
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]


def test_store_read_update_delete(app_home):
    store = SecretStore()
    health = store.health()
    assert health.available, health.problem
    assert "Secret Service" in health.label

    profile = Profile(name="Acme", username="s123456_1")
    ProfileStore().put(profile)
    SettingsStore().update(screen_share=True)

    assert store.set(profile.id, SECRET) is Storage.KEYRING
    assert SecretStore().get(profile.id) == SECRET  # a fresh store reads it from the keyring
    assert store.storage_of(profile.id) is Storage.KEYRING

    store.set(profile.id, SECRET + "-2")
    assert SecretStore().get(profile.id) == SECRET + "-2"

    assert files_containing(app_home, "s3cret") == []

    store.delete(profile.id)
    assert SecretStore().get(profile.id) is None
    store.delete(profile.id)  # deleting what is not there is fine


def test_secrets_are_per_profile():
    store = SecretStore()
    store.set("profile-a", "secret-a")
    store.set("profile-b", "secret-b")
    try:
        assert SecretStore().get("profile-a") == "secret-a"
        assert SecretStore().get("profile-b") == "secret-b"
    finally:
        store.delete("profile-a")
        store.delete("profile-b")


def test_the_keyring_entry_is_named_after_the_profile_and_user():
    import secretstorage

    store = SecretStore()
    store.set("profile-label", SECRET, keyring_label("Acme production", "s123456_1"))
    try:
        with closing(secretstorage.dbus_init()) as bus:
            collection = secretstorage.get_default_collection(bus)
            items = collection.search_items({"service": "mailup-gui", "username": "profile-label"})
            assert [item.get_label() for item in items] == [
                "mailup-gui: Acme production (s123456_1)"
            ]
    finally:
        store.delete("profile-label")
