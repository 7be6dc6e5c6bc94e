"""Sending 20 MB of attachments from the Compose pane to the embedded sandbox.

Reports (1) the longest stall of the GUI event loop while the send runs (goal <= 50 ms), and
(2) the time from Send to the result shown, against raw httpx posting the same JSON to the
same sandbox in the same run (goal ratio <= 1.2).
Run: python tests/benchmarks/compose_send_20mb.py [--runs N]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["MAILUP_GUI_HOME"] = home
        run(args.runs, Path(home))


def run(runs: int, home: Path) -> None:
    import httpx
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from mailup_gui.core.account.profiles import ProfileStore
    from mailup_gui.core.message.draft import build_message
    from mailup_gui.core.storage.settings import SettingsStore
    from mailup_gui.sandbox.admin import SandboxAdmin
    from mailup_gui.ui.context import AppContext
    from mailup_gui.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    profiles = ProfileStore()
    profiles.set_active(profiles.ensure_sandbox().id)
    context = AppContext.create(profiles, SettingsStore())
    tasks = context.tasks
    window = MainWindow(context)
    window.show()
    window.start_services()

    def wait_until(condition, timeout_s=60.0):
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    wait_until(lambda: context.sandbox_url() is not None)
    pane = window.compose
    pane.controller.confirm_send = lambda profile, draft: True
    files = []
    for index in range(4):
        path = home / f"attachment-{index}.bin"
        path.write_bytes(os.urandom(5 * 1024 * 1024))
        files.append(path)
    pane.form.envelope.to.set_text("mario@example.org")
    pane.text.setPlainText("20 MB of attachments")
    pane.form.attachments.add_paths(files)
    wait_until(lambda: not pane.form.attachments.busy and len(pane.form.attachments.refs()) == 4)
    wait_until(lambda: not pane.preview.busy)

    ours, stalls = [], []
    for _ in range(runs):
        done = []
        pane.sent.connect(lambda report, d=done: d.append(report))
        worst, clock = [0.0], QElapsedTimer()
        ticker = QTimer(interval=1)

        def tick(worst=worst, clock=clock):
            worst[0] = max(worst[0], clock.restart())

        ticker.timeout.connect(tick)
        clock.start()
        ticker.start()
        started = time.perf_counter()
        pane.controller.send()
        wait_until(lambda done=done: bool(done))
        ours.append(time.perf_counter() - started)
        ticker.stop()
        pane.sent.disconnect()
        stalls.append(worst[0])
        assert done[0].outcome == "queued", done[0].error

    body = None
    with httpx.Client(timeout=120) as client:
        message = build_message(pane.form.draft()).message
        from mailup_gui.api.client import MailUpClient

        body = MailUpClient(context.sandbox_url(), "s10000_1", "sandbox").request_body(message)
        raw = []
        for _ in range(runs):
            started = time.perf_counter()
            response = client.post(
                context.sandbox_url() + "messages/sendmessage",
                content=body,
                headers={"Content-Type": "application/json"},
            )
            raw.append(time.perf_counter() - started)
            assert response.json()["Code"] == "0"

    with SandboxAdmin(context.sandbox.root_url) as admin:
        count = len(admin.outbox())
    window.close()
    tasks.wait()
    print(
        f"request body: {len(body) / 1e6:.1f} MB JSON for 20 MiB of files; {count} messages "
        f"in the outbox"
    )
    print(
        f"longest GUI stall during a send: median {statistics.median(stalls):.0f} ms, "
        f"worst {max(stalls):.0f} ms (goal <= 50 ms)"
    )
    print(f"Send to result shown: median {statistics.median(ours) * 1000:.0f} ms")
    print(f"raw httpx post of the same JSON: median {statistics.median(raw) * 1000:.0f} ms")
    print(f"ratio: {statistics.median(ours) / statistics.median(raw):.2f} (goal <= 1.2)")


if __name__ == "__main__":
    main()
