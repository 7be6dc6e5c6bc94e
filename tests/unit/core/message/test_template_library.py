from datetime import UTC, datetime

import pytest

from mailup_gui.core.message.merge_data import MergeDataSet
from mailup_gui.core.message.template_library import LibraryTemplate, TemplateLibrary


@pytest.fixture
def library(tmp_path):
    store = TemplateLibrary(tmp_path / "templates.sqlite3")
    yield store
    store.close()


def test_templates_are_kept_per_profile_most_recently_used_first(library):
    library.save("shop", 7, "Welcome", "new customers")
    library.mark_used("shop", 1, datetime(2026, 3, 1, tzinfo=UTC))
    library.mark_used("shop", 3, datetime(2026, 3, 2, tzinfo=UTC))
    library.save("agency", 1, "Someone else's template 1", "")
    assert [t.template_id for t in library.templates("shop")] == [3, 1, 7]
    assert library.templates("agency") == [LibraryTemplate(1, "Someone else's template 1")]
    assert library.get("shop", 7) == LibraryTemplate(7, "Welcome", "new customers", None)
    assert library.get("shop", 99) is None


def test_saving_keeps_last_used_and_using_keeps_the_label(library):
    used = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    library.mark_used("shop", 1, used)
    library.save("shop", 1, "Order confirmation", "needs order_id")
    library.mark_used("shop", 1, used.replace(hour=10))
    assert library.get("shop", 1) == LibraryTemplate(
        1, "Order confirmation", "needs order_id", used.replace(hour=10)
    )


def test_removing_a_template_keeps_its_test_data(library, tmp_path):
    library.save("shop", 1, "Order confirmation", "")
    library.save_set("shop", 1, MergeDataSet("Italian customer", (("firstname", "Mario"),)))
    library.remove("shop", 1)
    assert library.templates("shop") == []
    assert [s.name for s in library.sets("shop", 1)] == ["Italian customer"]


def test_test_data_sets_per_template_replaced_by_name_and_survive_reopening(library, tmp_path):
    italian = MergeDataSet("Italian customer", (("firstname", "Mario"), ("order_id", "A-1")))
    long_names = MergeDataSet("very long names", (("firstname", "Maximiliane " * 8),))
    library.save_set("shop", 1, italian)
    library.save_set("shop", 1, long_names)
    library.save_set("shop", 2, MergeDataSet("Other template", (("x", "y"),)))
    library.save_set("agency", 1, MergeDataSet("Other profile", (("x", "y"),)))
    library.save_set("shop", 1, MergeDataSet("Italian customer", (("firstname", "Luigi"),)))
    library.close()

    again = TemplateLibrary(tmp_path / "templates.sqlite3")
    try:
        assert again.sets("shop", 1) == [
            MergeDataSet("Italian customer", (("firstname", "Luigi"),)),
            long_names,
        ]
        again.delete_set("shop", 1, "very long names")
        assert [s.name for s in again.sets("shop", 1)] == ["Italian customer"]
    finally:
        again.close()


def test_a_used_template_keeps_its_known_name_as_label_unless_one_was_typed(library):
    library.mark_used("shop", 2, name="Password reset")
    assert library.get("shop", 2).label == "Password reset"
    library.save("shop", 3, "Typed label", "")
    library.mark_used("shop", 3, name="Name from MailUp")
    assert library.get("shop", 3).label == "Typed label"
    library.mark_used("shop", 4)
    library.mark_used("shop", 4, name="Learned later")
    assert library.get("shop", 4).label == "Learned later"
