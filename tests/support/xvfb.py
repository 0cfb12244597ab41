"""Private Xvfb servers, and ways to see what is on them: a named window mapped, a screenshot."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtGui import QImage

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


def missing_x_tools() -> list[str]:
    """Which of the programs these helpers need are not installed."""
    return [name for name in ("Xvfb", "xwininfo", "import") if shutil.which(name) is None]


@contextmanager
def xvfb_server(log_folder: Path, screen: str = SCREEN) -> Iterator[str]:
    """A private X server on a free display number (":N"); always stopped afterwards."""
    read_end, write_end = os.pipe()
    with (log_folder / "xvfb.log").open("wb") as log:
        # -displayfd lets the server pick a free number itself: no race with other servers.
        # -noreset: by default the server resets when its last client (say, an xwininfo
        # probe) disconnects, and a client connecting during the reset fails at random.
        server = subprocess.Popen(
            [
                *("Xvfb", "-displayfd", str(write_end), "-screen", "0", screen),
                *("-nolisten", "tcp", "-noreset"),
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


def _x_tool(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=20, check=False)
    return result.stdout


def window_viewable(display: str, name: str = "backcoach") -> bool:
    """A top-level window called ``name`` is mapped and viewable on ``display``."""
    info = _x_tool("xwininfo", "-display", display, "-name", name)
    return "Map State: IsViewable" in info


def grab(display: str, path: Path) -> QImage:
    """The whole screen as a picture (empty when the grab failed)."""
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


def wait_for(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Polls ``condition`` until it holds; TimeoutError naming ``what`` if it never does.
    For tests with no Qt event loop to wait in (qtbot.waitUntil needs one)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout_s:.0f} s for {what}")
        time.sleep(0.05)
