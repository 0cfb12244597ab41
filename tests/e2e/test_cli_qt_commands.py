"""The command-line entries that start Qt: illustrate (a file, no screen) and play."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.e2e


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backcoach", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def no_screen() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def test_illustrate_writes_a_picture_without_a_screen(tmp_path: Path) -> None:
    out = tmp_path / "bridge.png"
    result = run("illustrate", "glute bridge", str(out), env=no_screen())
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 400
    svg = tmp_path / "cat.svg"
    assert run("illustrate", "cat-cow", str(svg), env=no_screen()).returncode == 0
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_illustrate_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    result = run("illustrate", "no-such-move", str(tmp_path / "x.png"), env=no_screen())
    assert result.returncode == 1
    assert "no exercise called 'no-such-move'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_play_unknown_routine_exits_2_with_a_message(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The error dialog would wait for a click: answer it at once in the child process.
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from PySide6.QtWidgets import QMessageBox\n"
            "QMessageBox.critical = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)\n"
            "from backcoach.cli import main\n"
            "sys.exit(main(['--data-dir', sys.argv[1], 'play', 'no-such-routine']))\n",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "no-such-routine" in result.stderr
    assert "Traceback" not in result.stderr
