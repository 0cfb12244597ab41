"""The whole data folder read-only, or full: every command and the window still run, say
once what they cannot keep, never show a traceback, and the files already there stay whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from backcoach.store.history import HistoryStore, SafetyProfile, utc_now

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(sys.platform != "linux", reason="mounts a tmpfs"),
]

SETTINGS = {"version": 1, "rate": 150, "get_ready_s": 5}

# The desktop app, offscreen, shown for a moment and closed; whatever it says goes to stderr.
WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backcoach.cli import main

app = QApplication(sys.argv[:1])
QTimer.singleShot(2500, QApplication.quit)
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()}); needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def a_users_folder(folder: Path) -> dict[str, bytes]:
    """Settings and a history with the first-run check done, as after some use: their bytes."""
    (folder / "config").mkdir()
    (folder / "config" / "settings.json").write_text(json.dumps(SETTINGS), encoding="utf-8")
    with HistoryStore.open(folder / "history.sqlite3") as history:
        history.save_safety_profile(SafetyProfile(disclaimer_acknowledged_at=utc_now()))
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run(*args: str, env_data: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("BACKCOACH_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, check=False, env=env
    )


def commands(data: Path) -> list[list[str]]:
    cli = ["-m", "backcoach", "--data-dir", str(data)]
    return [
        [*cli, "exercises"],
        [*cli, "routines", "--json"],
        [*cli, "script", "gentle-start"],
        [*cli, "check"],
        ["-c", WINDOW, str(data)],
    ]


def assert_runs_and_says_why(data: Path, why: str) -> None:
    for command in commands(data):
        done = run(*command, env_data=data)
        assert done.returncode == 0, (command, done.stderr)
        assert "Traceback" not in done.stderr, done.stderr
        for line in done.stderr.splitlines():  # one line each, all ours
            if "propagateSizeHints" in line:  # Qt's offscreen platform, not the app
                continue
            assert line.startswith("backcoach: "), (command, line)
        if command[0] == "-c":
            assert why in done.stderr, done.stderr  # the window says what it cannot keep


def test_a_read_only_data_folder(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "data", "8m") as data:
        before = a_users_folder(data)
        subprocess.run(["mount", "-o", "remount,ro", str(data)], check=True)
        assert_runs_and_says_why(data, "(read-only file system)")
        after = {
            str(path.relative_to(data)): path.read_bytes()
            for path in sorted(data.rglob("*"))
            if path.is_file()
        }
        assert after == before  # nothing lost, nothing half-written


def test_a_full_data_folder(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "data", "1m") as data:
        before = a_users_folder(data)
        filler = os.open(data / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
        try:
            while os.write(filler, b"\0" * 4096):
                pass
        except OSError:
            pass  # ENOSPC: full
        finally:
            os.close(filler)
        assert_runs_and_says_why(data, "(no space left on device)")
        for name, payload in before.items():
            if name == "config/settings.json":
                assert (data / name).read_bytes() == payload
        with HistoryStore.open(data / "history.sqlite3") as history:  # still whole
            assert history.safety_profile() is not None
