"""The ``mailup-sandbox`` command: clear one-line refusals, a real run, and no Qt anywhere."""

import os
import signal
import socket
import subprocess
import sys

import httpx
import pytest

from mailup_gui.sandbox.cli import main


def test_a_non_loopback_host_needs_allow_remote(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--host", "0.0.0.0", "--port", "0"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "refusing to listen on 0.0.0.0" in error
    assert "--allow-remote" in error


def test_a_busy_port_is_one_line_not_a_traceback(tmp_path, capsys):
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        assert main(["--port", str(port), "--db", str(tmp_path / "o.sqlite3")]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"mailup-sandbox: cannot listen on 127.0.0.1:{port} (")
    assert error.count("\n") == 1


def test_a_bad_data_file_is_one_line_not_a_traceback(tmp_path, capsys):
    data = tmp_path / "data.toml"
    data.write_text("[[accounts]]\nid = 'x'\n")
    assert main(["--port", "0", "--data", str(data), "--db", str(tmp_path / "o.sqlite3")]) == 1
    error = capsys.readouterr().err
    assert error == f"mailup-sandbox: {data}: Expected `int`, got `str` - at `$.accounts[0].id`\n"
    assert not (tmp_path / "o.sqlite3").exists()  # nothing created for a run that cannot start


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT cannot be sent to a child on Windows")
def test_python_m_runs_until_ctrl_c(tmp_path):
    env = {**os.environ, "MAILUP_GUI_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mailup_gui.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        first_line = process.stdout.readline()
        assert first_line.startswith("MailUp sandbox listening on http://127.0.0.1:")
        api_url = first_line.split()[4]
        assert api_url.endswith("/API/v2.0/")
        response = httpx.post(
            api_url + "users/listuserinfo",
            json={"User": {"Username": "s10000_1", "Secret": "sandbox"}},
        )
        assert response.json()["Code"] == "0"
        assert (tmp_path / "data" / "sandbox.sqlite3").exists()  # the default database
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "Traceback" not in err
    assert "POST /API/v2.0/users/listuserinfo" in err  # the access log, paths only


def test_the_sandbox_loads_no_qt():
    code = (
        "import sys, mailup_gui.sandbox.cli, mailup_gui.sandbox.admin, mailup_gui.api;"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_admin_client_loads_no_server():
    code = (
        "import sys, mailup_gui.sandbox.admin;"
        "assert not {'uvicorn', 'starlette'} & set(sys.modules), 'server code was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_a_port_out_of_range_is_refused_not_wrapped(port, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--port", port])
    assert exited.value.code == 2
    assert f"{port!r} is not a port number" in capsys.readouterr().err
