"""Reading templates from the sandbox for the preview, over loopback HTTP."""

import pytest

from mailup_gui.core.message.template_source import fetch_template
from mailup_gui.resources import resource_path
from mailup_gui.sandbox.admin import SandboxAdminError


def test_the_admin_endpoint_gives_each_images_bytes(sandbox, sandbox_admin):
    template = sandbox_admin.template(1)
    [image] = template.images
    assert (image.content_id, image.filename) == ("logo", "logo.png")
    assert template.content_ids == ["logo"]
    fetched = fetch_template(sandbox.root_url, 1)
    assert fetched.images[0].body == resource_path("sandbox", "logo.png").read_bytes()
    assert fetched.images[0].content_id == "logo"
    assert fetched.subject == template.subject and fetched.html == template.html
    assert (fetched.name, fetched.list_id) == ("Order confirmation", 1)


def test_a_template_the_sandbox_lacks_is_none_and_other_failures_raise(sandbox):
    assert fetch_template(sandbox.root_url, 999) is None
    assert fetch_template(sandbox.root_url, 9).list_id == 2  # there, in another List
    with pytest.raises(SandboxAdminError) as raised:
        fetch_template(sandbox.root_url + "nowhere/", 1)
    assert raised.value.status_code == 404
