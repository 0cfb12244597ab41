"""kill -9 while recording: the history stays whole, finished sessions intact, the cut one marked."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.store.history import HistoryStore, ItemOutcome, SessionStatus

pytestmark = pytest.mark.e2e

ITEMS = 4

# Records sessions step by step for ever and says so after each write, so the test can
# kill it after a chosen number of writes: somewhere inside the next one.
RECORDER = f"""
import sys
from pathlib import Path
from backcoach.model import Dose
from backcoach.store.history import (
    HistoryStore, ItemOutcome, ItemRecord, PainMoment, RoutineSnapshot, SessionStatus,
    SnapshotItem,
)

store = HistoryStore.open(Path(sys.argv[1]))
plan = RoutineSnapshot(
    "kill-test", "Kill test",
    tuple(SnapshotItem(f"ex-{{i}}", f"Exercise {{i}}", Dose(reps=i + 1)) for i in range({ITEMS})),
)
while True:
    session_id = store.start_session(plan)
    print("started", session_id, flush=True)
    store.record_pain(session_id, PainMoment.BEFORE, 3)
    print("pain", flush=True)
    for i in range({ITEMS}):
        store.record_item(session_id, ItemRecord(
            i, f"ex-{{i}}", f"Exercise {{i}}", ItemOutcome.COMPLETED, 1, i + 1, None, None,
            1, i + 1, 0.0, 10.0 * i,
        ))
        print("item", i, flush=True)
    store.finish_session(session_id, SessionStatus.COMPLETED)
    print("finished", session_id, flush=True)
"""


def check_history(path: Path, finished: set[int]) -> None:
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    with HistoryStore.open(path) as store:  # the killed recorder's session: interrupted now
        sessions = store.sessions()
    assert {s.id for s in sessions if s.status is SessionStatus.COMPLETED} >= finished
    for record in sessions:
        assert record.status in (SessionStatus.COMPLETED, SessionStatus.INTERRUPTED)
        positions = [i.position for i in record.items]
        assert positions == list(range(len(positions)))  # a prefix: no step lost between
        assert all(i.done_reps == i.position + 1 for i in record.items)
        assert all(i.outcome is ItemOutcome.COMPLETED for i in record.items)
        if record.status is SessionStatus.COMPLETED:
            assert len(record.items) == ITEMS
            assert record.pain_before == 3
            assert record.ended_at is not None


def kill_many_times(tmp_path: Path, kills: int, seed: int) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    chance = random.Random(seed)
    finished: set[int] = set()
    for _ in range(kills):
        recorder = subprocess.Popen(
            [sys.executable, "-c", RECORDER, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert recorder.stdout is not None
        for _ in range(chance.randrange(0, 3 * (ITEMS + 3))):
            line = recorder.stdout.readline()
            assert line, recorder.stderr.read() if recorder.stderr else ""
            if line.startswith("finished"):
                finished.add(int(line.split()[1]))
        recorder.send_signal(signal.SIGKILL)
        recorder.communicate(timeout=30)
        assert recorder.returncode == -signal.SIGKILL
        check_history(path, finished)
    with HistoryStore.open(path) as store:
        statuses = [s.status for s in store.sessions()]
    assert statuses.count(SessionStatus.INTERRUPTED) >= kills // 2  # most kills cut one


def test_killed_fifty_times_while_recording(tmp_path: Path) -> None:
    kill_many_times(tmp_path, kills=50, seed=12)


@pytest.mark.soak
def test_killed_five_hundred_times_while_recording(tmp_path: Path) -> None:
    kill_many_times(tmp_path, kills=500, seed=1212)
