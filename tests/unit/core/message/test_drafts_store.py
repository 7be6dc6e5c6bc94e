from mailup_gui.core.message.draft import Draft
from mailup_gui.core.message.drafts import DraftStore


def test_autosave_restore_and_clear_per_editor():
    store = DraftStore()
    store.autosave("message", Draft(subject="one"))
    store.autosave("message", Draft(subject="two"))
    store.autosave("template", Draft(subject="t"))
    again = DraftStore()
    assert again.restore("message").subject == "two"
    assert again.restore("template").subject == "t"
    again.clear_autosave("message")
    assert DraftStore().restore("message") is None


def test_named_drafts_replace_by_name_and_list_newest_first():
    store = DraftStore()
    first = store.save_named("message", "Invoice", Draft(subject="v1"))
    store.save_named("message", "Welcome", Draft(subject="w"))
    again = store.save_named("message", "Invoice", Draft(subject="v2"))
    assert first == again
    names = [d.name for d in store.named("message")]
    assert names == ["Invoice", "Welcome"]
    assert store.load_named(first).subject == "v2"
    store.delete_named(first)
    assert [d.name for d in store.named("message")] == ["Welcome"]
    assert store.named("template") == []
