"""The normal no-keyring state (the autouse fixture installs keyring's own 'fail' backend)."""

import pytest

from mailup_gui.core.account.secrets import KeyringUnavailable, SecretStore, Storage


def test_health_explains_the_missing_keyring():
    health = SecretStore().health()
    assert not health.available
    assert "keyring" in health.problem.lower()


def test_set_refuses_and_session_memory_is_an_explicit_choice(app_home):
    store = SecretStore()
    with pytest.raises(KeyringUnavailable):
        store.set("p1", "s3cr3t-value")
    assert store.get("p1") is None  # nothing kept behind the user's back
    assert store.keep_for_session("p1", "s3cr3t-value") is Storage.SESSION
    assert store.get("p1") == "s3cr3t-value"
    assert store.storage_of("p1") is Storage.SESSION
    store.delete("p1")
    assert store.get("p1") is None
    files = [p for p in app_home.rglob("*") if p.is_file()]
    assert all(b"s3cr3t-value" not in p.read_bytes() for p in files)


def test_a_plaintext_backend_is_refused():
    import keyring
    from keyring.backend import KeyringBackend

    class PlaintextLike(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must never be called")

        def delete_password(self, service, username):
            pass

    PlaintextLike.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextLike())
    store = SecretStore()
    assert not store.health().available
    assert "plain file" in store.health().problem
    with pytest.raises(KeyringUnavailable):
        store.set("p1", "x")
