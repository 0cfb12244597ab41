"""The app as a user starts it: `python -m backcoach` on a real X server, seen in a screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from support.xvfb import distinct_colours, grab, missing_x_tools, window_viewable, xvfb_server


@pytest.fixture
def xvfb_display(tmp_path: Path) -> Iterator[str]:
    """A private X server, with the tools to look at it."""
    if missing := missing_x_tools():
        pytest.skip(
            f"needs {', '.join(missing)} (Debian: apt-get install xvfb x11-utils imagemagick)"
        )
    with xvfb_server(tmp_path) as display:
        yield display


@pytest.mark.xvfb
def test_app_window_appears_on_a_real_x_server(
    qtbot: QtBot, xvfb_display: str, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    stderr_path = tmp_path / "app-stderr.txt"
    with stderr_path.open("wb") as stderr:
        app = subprocess.Popen(
            [sys.executable, "-m", "backcoach", "--data-dir", str(tmp_path / "data")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:

            def running() -> bool:
                # Not an AssertionError: waitUntil would take that as "not yet" and keep going.
                if app.poll() is not None:
                    raise RuntimeError(f"the app exited: {stderr_path.read_text(errors='replace')}")
                return True

            qtbot.waitUntil(lambda: running() and window_viewable(xvfb_display), timeout=30_000)
            shot = tmp_path / "screen.png"
            # Mapped is not yet painted: wait until the screen shows a drawn window.
            qtbot.waitUntil(
                lambda: running() and distinct_colours(grab(xvfb_display, shot)) > 40,
                timeout=30_000,
            )
            image = QImage(str(shot))
            assert (image.width(), image.height()) == (1280, 800)
            assert app.poll() is None, "the app exited on its own"
        finally:
            app.terminate()
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
    assert "Traceback" not in stderr_path.read_text(errors="replace")
