"""Composition root: parse the command line, build the services, show the window.

Only PySide6 and the app's light modules load before the first paint; httpx, keyring and the
sandbox (starlette, uvicorn) load after it, on worker threads.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys

from . import APP_ID, paths
from .startup_clock import cpu_ms, ms_since_start, peak_rss_mib, process_start_time

SMOKE_TIMEOUT_MS = 60_000


class _PrintVersion(argparse.Action):
    """--version, with the version looked up only when asked (package metadata is slow)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from . import __version__

        print(f"mailup-gui {__version__}")
        parser.exit()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="mailup-gui",
        description="Send transactional email through MailUp, test templates and watch SMTP+ "
        "users. With no profile configured it runs on its built-in local sandbox. "
        "'mailup-gui sandbox --help' runs that sandbox on its own; "
        "'mailup-gui preflight --help' checks messages before they are sent.",
    )
    parser.add_argument(
        "--version", action=_PrintVersion, nargs=0, help="print the version and exit"
    )
    parser.add_argument("--profile", metavar="NAME", help="start with this profile (name or id)")
    parser.add_argument(
        "--sandbox", action="store_true", help="start on the built-in local sandbox profile"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the full app on the sandbox, wait for the first paint and for the sandbox "
        "to listen, print one JSON line (timings, peak memory, UI language, keyring), and exit",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    started = process_start_time()
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["sandbox"]:  # the sandbox's own command line, also inside a frozen bundle
        from .sandbox.cli import main as sandbox_main

        return sandbox_main(argv[1:])
    if argv[:1] == ["preflight"]:  # the checker for CI: Qt-free, like the sandbox's
        from .core.preflight.cli import main as preflight_main

        return preflight_main(argv[1:])
    args = parse_args(argv)
    # Start-up makes objects that live as long as the app: looking for garbage among them
    # costs the first paint some 2 ms. Collection resumes after it, without them.
    gc.disable()
    paths.keep_private()
    from .core.app.instance_lock import InstanceLock

    lock = InstanceLock.acquire(paths.data_dir())  # held until this process ends
    if lock is None:
        return _hand_over(args)

    # The core before Qt: PySide6's import hook reads the source of every module imported
    # after it (to look for "PySide6"), which costs milliseconds before the first paint.
    from .core.account.profiles import Endpoint, ProfileStore
    from .core.storage.settings import SettingsStore

    profiles = ProfileStore()
    chosen = _choose_profile(profiles, args)
    if chosen is None:
        return 2
    profiles.set_active(chosen)
    sandbox_child = None
    if profiles.active is not None and profiles.active.endpoint is Endpoint.SANDBOX:
        from .core.app.sandbox_child import spawn_sandbox_process
        from .early_signals import hold

        hold()  # a quit signal from now on ends the app cleanly, child and all
        sandbox_child = spawn_sandbox_process()  # starts up beside the window, not after it
    spawned_ms = ms_since_start(started) if sandbox_child else None
    settings = SettingsStore()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("mailup-gui")
    app.setOrganizationName("mailup-gui")
    QApplication.setDesktopFileName(APP_ID)  # static: instance() is typed as QCoreApplication
    timings: dict[str, float | str | None] = {
        "sandbox_spawned_ms": spawned_ms,
        "qapplication_ms": ms_since_start(started),
    }

    from .ui.context import AppContext
    from .ui.i18n import install_translators
    from .ui.main_window import MainWindow

    timings["language"] = install_translators(app, settings.value.language)
    if settings.value.theme:  # "" follows the system: nothing to do
        from .ui.theme import apply_theme

        apply_theme(settings.value.theme)
    context = AppContext.create(profiles, settings, sandbox_child)
    window = MainWindow(context)
    window.show()
    timings["window_shown_ms"] = ms_since_start(started)

    def after_first_paint() -> None:
        timings["first_paint_ms"] = ms_since_start(started)
        timings["first_paint_cpu_ms"] = cpu_ms()
        timings["first_paint_peak_rss_mib"] = peak_rss_mib()
        gc.freeze()
        gc.enable()
        QTimer.singleShot(0, window.start_services)
        QTimer.singleShot(0, lambda: _follow_the_window(app, window))
        QTimer.singleShot(0, _set_window_icon)  # loading the SVG icon engine costs a few ms

    window.first_painted.connect(after_first_paint)
    if args.smoke:
        _arm_smoke(app, window, timings, started)
    code = app.exec()
    context.tasks.wait()
    return code


def _choose_profile(profiles, args: argparse.Namespace) -> str | None:
    """The id of the profile to start with; None (after a message) when --profile is unknown."""
    if args.sandbox or args.smoke or not profiles.all():
        return profiles.ensure_sandbox().id
    if args.profile:
        found = profiles.find(args.profile)
        if found is None:
            from .core.app.single_instance import unknown_profile

            print(f"mailup-gui: {unknown_profile(profiles, args.profile)}", file=sys.stderr)
            return None
        return found.id
    return profiles.active.id


def _hand_over(args: argparse.Namespace) -> int:
    """Another instance runs on this data folder: it comes to the front (switching to the
    profile asked for) and this start ends."""
    if args.smoke:  # a check of this start, not of the running one: it must not touch its files
        print(json.dumps({"error": "another mailup-gui is running on this data folder"}))
        return 1
    from PySide6.QtCore import QCoreApplication

    from .core.app.single_instance import HandOver, server_name
    from .ui.single_instance import hand_over

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    try:
        error = hand_over(server_name(paths.data_dir()), HandOver(args.profile, args.sandbox))
    except ConnectionError as problem:
        print(
            f"mailup-gui: another mailup-gui holds {paths.data_dir()} but does not answer "
            f"({problem})",
            file=sys.stderr,
        )
        return 1
    if error:
        print(f"mailup-gui: {error}", file=sys.stderr)
        return 2
    print("mailup-gui is already running on this data folder: brought it to the front.")
    return 0


def _follow_the_window(app, window) -> None:
    """The excepthook, second starts and quit signals, for ``window`` and for any window a
    language change builds in its place. After the first paint: these modules are not part
    of that picture."""
    from .ui.errors import install_excepthook
    from .ui.language_switch import ShownWindow

    shown = ShownWindow(window, install_excepthook)
    _listen_for_second_starts(app, shown)
    _quit_on_signals(app, shown)


def _quit_on_signals(app, shown) -> None:
    # After the first paint: nothing to save and no sandbox child before it.
    from .ui.quit_signals import QuitOnSignals

    QuitOnSignals(lambda: shown.window.close(), app)


def _listen_for_second_starts(app, shown) -> None:
    from .core.app.single_instance import server_name
    from .ui.single_instance import HandOverServer, answer_hand_over

    HandOverServer(
        server_name(paths.data_dir()), lambda request: answer_hand_over(shown.window, request), app
    )


def _arm_smoke(app, window, timings: dict, started: float) -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        timings["services_ready_ms"] = ms_since_start(started)
        timings["services_peak_rss_mib"] = peak_rss_mib()
        timings["sandbox_url"] = window.context.sandbox_url()
        timings["keyring"] = _keyring_report(window.context.secrets)
        timings["damaged_files"] = _damaged_files_report()
        print(json.dumps(timings), flush=True)
        window.close()
        app.exit(0 if timings["sandbox_url"] else 1)

    def give_up() -> None:
        print(json.dumps({"error": "no first paint or sandbox in time", **timings}), flush=True)
        app.exit(1)

    window.services_started.connect(report)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, give_up)


def _damaged_files_report() -> list[dict[str, str]]:
    """For --smoke: every file set aside, with the stores that panes open lazily opened too."""
    from .core.message.drafts import DraftStore
    from .core.message.template_library import TemplateLibrary
    from .core.send.journal import Journal
    from .core.storage.damaged import damaged_files

    for store in (DraftStore, Journal, TemplateLibrary):
        store().close()
    return [
        {"file": str(found.path), "kept_as": str(found.kept_as)} for found in damaged_files().all()
    ]


def _set_window_icon() -> None:
    from PySide6.QtWidgets import QApplication

    from .ui.icons import APP_ICON, icon

    QApplication.setWindowIcon(icon(APP_ICON))


def _keyring_report(secrets) -> dict:
    """For --smoke: whether secrets reach a keyring, and which backends this build can load."""
    from .core.account.secrets import loadable_backends

    health = secrets.health()
    return {"available": health.available, "where": health.label, "backends": loadable_backends()}
