"""Odd things where the history database should be: a pipe, a device, a folder, a huge
file. Opening never hangs and never raises; the thing is moved aside, a new history starts.
(Empty, text, binary, truncated, corrupt and newer files: test_history_store.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.store.history import SQLITE_HEADER, NoticeKind

OPEN_AND_RECORD = """
import sys
from pathlib import Path
from backcoach.store.history import HistoryStore
with HistoryStore.open(Path(sys.argv[1])) as store:
    for notice in store.take_notices():
        print(notice.kind.value, notice.moved_to)
    print("in memory" if store.in_memory else "on disk", len(store.sessions()))
"""


def open_in_a_child(path: Path) -> list[str]:
    """In a process of its own, so that a hang fails the test instead of stopping the run."""
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_RECORD, str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout.splitlines()


@pytest.fixture
def history(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder / "history.sqlite3"


def assert_moved_aside_and_started_anew(history: Path, lines: list[str]) -> None:
    aside = history.with_name("history.sqlite3.bad")
    assert lines == [f"{NoticeKind.MOVED_ASIDE.value} {aside}", "on disk 0"]
    assert history.is_file()
    assert history.read_bytes().startswith(SQLITE_HEADER)


def test_a_pipe_in_its_place_is_moved_aside_not_read_for_ever(history: Path) -> None:
    os.mkfifo(history)
    assert_moved_aside_and_started_anew(history, open_in_a_child(history))
    assert history.with_name("history.sqlite3.bad").is_fifo()


def test_a_link_to_a_device_is_moved_aside_and_the_device_left_alone(history: Path) -> None:
    history.symlink_to("/dev/zero")
    assert_moved_aside_and_started_anew(history, open_in_a_child(history))
    assert history.with_name("history.sqlite3.bad").readlink() == Path("/dev/zero")


def test_a_folder_in_its_place_is_moved_aside_with_what_it_holds(history: Path) -> None:
    history.mkdir()
    (history / "keep.txt").write_text("mine", encoding="utf-8")
    assert_moved_aside_and_started_anew(history, open_in_a_child(history))
    assert (history.with_name("history.sqlite3.bad") / "keep.txt").read_text() == "mine"


@pytest.mark.parametrize("head", [b"", SQLITE_HEADER], ids=["zeros", "sqlite-header"])
def test_a_huge_file_is_judged_by_its_head_not_read_whole(history: Path, head: bytes) -> None:
    """Four GiB, sparse: reading it whole would take minutes and the memory of the machine."""
    with history.open("wb") as file:
        file.write(head)
        file.truncate(4 * 1024**3)
    assert_moved_aside_and_started_anew(history, open_in_a_child(history))
    assert history.with_name("history.sqlite3.bad").stat().st_size == 4 * 1024**3
