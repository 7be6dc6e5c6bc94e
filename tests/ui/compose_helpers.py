"""Driving the Compose pane the way a person does, for the compose tests."""

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from mailup_gui.core.account.profiles import Endpoint, Profile


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def use_sandbox_user(window, username: str, secret: str = "sandbox") -> Profile:
    """Make a custom-URL profile for ``username`` on the embedded sandbox the active one."""
    profile = Profile(
        name=f"Sandbox as {username}",
        username=username,
        endpoint=Endpoint.CUSTOM,
        custom_url=window.context.sandbox_url(),
        from_email="support@example.com",
        from_name="Example Support",
    )
    window.context.profiles.put(profile)
    window.context.profiles.set_active(profile.id)
    window.context.secrets.keep_for_session(profile.id, secret)
    window.reload_profiles()
    return profile


def wait_sent(qtbot, pane, timeout: int = 20_000):
    with qtbot.waitSignal(pane.sent, timeout=timeout) as blocker:
        pane.form.send()
    return blocker.args[0]


def write_file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
