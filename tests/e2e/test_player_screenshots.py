"""The player and floor view drawn on a real X server with the built-in library, and checked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from backcoach.ui.session.display import PHASE_COLOURS, Phase

REPOSITORY = Path(__file__).resolve().parents[2]


def colours(image: QImage, step: int = 4) -> Counter[str]:
    return Counter(
        QColor(image.pixel(x, y)).name()
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


@pytest.mark.e2e
@pytest.mark.xvfb
def test_screenshots_show_the_phase_in_big_calm_colour(tmp_path: Path) -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (Debian/Ubuntu: apt-get install xvfb xauth)")
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            "-m",
            "benchmarks.player_screenshots",
            str(tmp_path),
        ],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr

    floor = QImage(str(tmp_path / "screenshot-floor.png"))
    assert (floor.width(), floor.height()) == (1280, 800)  # full screen
    floor_colours = colours(floor)
    # A rest: most of the screen is the rest colour, the rest is text.
    assert floor_colours.most_common(1)[0][0] == PHASE_COLOURS[Phase.REST]
    assert floor_colours[PHASE_COLOURS[Phase.REST]] > 0.6 * sum(floor_colours.values())
    assert floor_colours["#ffffff"] > 0.03 * sum(floor_colours.values())  # big white text

    player = QImage(str(tmp_path / "screenshot-player.png"))
    assert (player.width(), player.height()) == (1280, 800)
    player_colours = colours(player)
    # A hold: its colour fills the phase panel, a good part of the window.
    assert player_colours[PHASE_COLOURS[Phase.HOLD]] > 0.15 * sum(player_colours.values())
