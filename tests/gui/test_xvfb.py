"""The app as a user starts it: `python -m backcoach` on a real X server, seen in a screenshot."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

SCREEN = "1280x800x24"


def _read_display_number(fd: int, timeout_s: float) -> str:
    """Xvfb writes the display number it chose, then a newline, to -displayfd."""
    text = b""
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], timeout_s)
        if not ready:
            raise TimeoutError("Xvfb did not report a display number")
        chunk = os.read(fd, 32)
        if not chunk:
            raise RuntimeError("Xvfb exited before reporting a display number")
        text += chunk
    return text.decode().strip()


@pytest.fixture
def xvfb_display(tmp_path: Path) -> Iterator[str]:
    """A private X server on a free display number; always stopped afterwards."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (Debian/Ubuntu: apt-get install xvfb xauth)")
    read_end, write_end = os.pipe()
    log = (tmp_path / "xvfb.log").open("wb")
    # -displayfd lets the server pick a free number itself: no race with other servers.
    # -noreset: by default the server resets when its last client (say, an xwininfo probe)
    # disconnects, and a client connecting during the reset fails at random.
    server = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            SCREEN,
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        stdout=log,
        stderr=log,
    )
    os.close(write_end)
    try:
        yield ":" + _read_display_number(read_end, timeout_s=20)
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _x_tool(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=20, check=False)
    return result.stdout


def _window_viewable(display: str) -> bool:
    info = _x_tool("xwininfo", "-display", display, "-name", "backcoach")
    return "Map State: IsViewable" in info


def _grab(display: str, path: Path) -> QImage:
    subprocess.run(
        ["import", "-display", display, "-window", "root", str(path)],
        capture_output=True,
        timeout=20,
        check=False,
    )
    return QImage(str(path))


def distinct_colours(image: QImage, step: int = 3) -> int:
    """Colours on a grid of every step-th pixel: enough to tell a drawn window from blank."""
    if image.isNull():
        return 0
    return len(
        {
            image.pixel(x, y)
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        }
    )


@pytest.mark.xvfb
def test_app_window_appears_on_a_real_x_server(
    qtbot: QtBot, xvfb_display: str, tmp_path: Path
) -> None:
    if shutil.which("import") is None:
        pytest.skip("imagemagick's `import` is needed for the screenshot")
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

            if shutil.which("xwininfo"):
                qtbot.waitUntil(
                    lambda: running() and _window_viewable(xvfb_display), timeout=30_000
                )
            shot = tmp_path / "screen.png"
            # Mapped is not yet painted: wait until the screen shows a drawn window.
            qtbot.waitUntil(
                lambda: running() and distinct_colours(_grab(xvfb_display, shot)) > 40,
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
