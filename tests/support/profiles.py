"""The Profiles dialog over the window's own context, as File ▸ Profiles… opens it."""

from mailup_gui.ui.profiles.dialog import ProfilesDialog


def profiles_dialog(window, qtbot) -> ProfilesDialog:
    ctx = window.context
    dialog = ProfilesDialog(
        ctx.profiles, ctx.secrets, ctx.privacy, ctx.tasks, ctx.sandbox_url, window
    )
    qtbot.addWidget(dialog)
    return dialog
