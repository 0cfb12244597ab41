"""A signal ends the app or a command with one line, never a traceback, from the first moment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

EARLY = """
import os, signal, sys
from backcoach.entry import install_early_handlers
install_early_handlers()
print("ready", flush=True)
sys.stdin.readline()  # the test's signal lands here, while the "CLI" would still load
"""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_while_the_command_line_loads_is_one_line(signum: int) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", EARLY],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "ready\n"
    process.send_signal(signum)
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 128 + signum
    name = "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
    assert err == f"backcoach: {name}\n"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_app_as_its_window_would(tmp_path: Path, signum: int) -> None:
    """A fresh data folder: the first-run safety check is open (a modal dialog) when the
    signal comes; the app still ends at once, saving the window's state on the way."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "backcoach", "--data-dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    history = tmp_path / "history.sqlite3"
    deadline = time.monotonic() + 60
    while not history.exists():  # opened just before the window is built
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signum)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, err
    assert "Traceback" not in err
    name = "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
    assert f"backcoach: {name}" in err.splitlines()
    assert (tmp_path / "config" / "window-state.json").is_file()
