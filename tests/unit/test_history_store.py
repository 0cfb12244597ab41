"""The history store: round trips, migrations, bad files, read-only and full folders, modes."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcoach.coach.progression import Direction, Proposal, Reason
from backcoach.content.library import built_in_folder, load_library
from backcoach.model import Dose
from backcoach.store.history import (
    HistoryStore,
    HurtEvent,
    ItemOutcome,
    ItemRecord,
    NoticeKind,
    PainMoment,
    RoutineSnapshot,
    SafetyProfile,
    SessionStatus,
    SnapshotItem,
    owner_is_alive,
    this_process_owner,
)
from backcoach.store.history.schema import CURRENT_VERSION, MIGRATIONS, migrate
from backcoach.store.paths import resolve_paths

T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def snapshot(routine_id: str = "gentle-start", items: int = 2) -> RoutineSnapshot:
    return RoutineSnapshot(
        routine_id,
        "Gentle start",
        tuple(
            SnapshotItem(f"ex-{i}", f"Exercise {i}", Dose(sets=2, reps=10)) for i in range(items)
        ),
    )


def item(position: int, outcome: ItemOutcome = ItemOutcome.COMPLETED) -> ItemRecord:
    return ItemRecord(
        position=position,
        exercise_id=f"ex-{position}",
        exercise_name=f"Exercise {position}",
        outcome=outcome,
        planned_sets=2,
        planned_reps=10,
        planned_hold_s=5.0,
        planned_duration_s=None,
        done_sets=2 if outcome is ItemOutcome.COMPLETED else 1,
        done_reps=20 if outcome is ItemOutcome.COMPLETED else 7,
        done_hold_s=100.0,
        done_duration_s=95.5,
    )


def history_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


def test_the_history_file_is_one_of_the_app_paths(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d", {})
    assert paths.history_file == tmp_path / "d" / "history.sqlite3"


def test_a_session_is_recorded_and_read_back(tmp_path: Path) -> None:
    clock = FakeClock()
    library = load_library([built_in_folder()])
    routine = library.routines["gentle-start"]
    planned = RoutineSnapshot.from_routine(routine, library.exercises)
    with HistoryStore.open(history_path(tmp_path), clock=clock) as store:
        assert store.take_notices() == []
        session_id = store.start_session(planned)
        store.record_pain(session_id, PainMoment.BEFORE, 4)
        clock.advance(60)
        store.record_item(session_id, item(0))
        hurt = HurtEvent(clock.now, "ex-1", 1, sharp=True, spreading=None, stopped_exercise=True)
        store.record_hurt(session_id, hurt)
        clock.advance(30)
        store.record_item(session_id, item(1, ItemOutcome.PARTIAL))
        store.finish_session(session_id, SessionStatus.STOPPED)
        store.record_pain(session_id, PainMoment.AFTER, 3)
        store.record_pain(session_id, PainMoment.NEXT_DAY, 2)
        store.set_notes(session_id, 'Felt "tight", then, better\nnext line')
    with HistoryStore.open(history_path(tmp_path), clock=clock) as reopened:
        (record,) = reopened.sessions()
    assert record.snapshot == planned  # what was planned, even if the routine changes later
    assert record.snapshot.items[0].dose == routine.items[0].override.apply(
        library.exercises[routine.items[0].exercise_id].dose
    )
    assert (record.started_at, record.ended_at) == (T0, T0 + timedelta(seconds=90))
    assert record.status is SessionStatus.STOPPED
    assert (record.pain_before, record.pain_after, record.pain_next_day) == (4, 3, 2)
    assert record.notes == 'Felt "tight", then, better\nnext line'
    assert [i.outcome for i in record.items] == [ItemOutcome.COMPLETED, ItemOutcome.PARTIAL]
    assert record.items[1] == item(1, ItemOutcome.PARTIAL).__class__(
        **{**item(1, ItemOutcome.PARTIAL).__dict__, "recorded_at": T0 + timedelta(seconds=90)}
    )
    assert record.hurts == (hurt,)
    assert record.duration_s == 90


def test_times_keep_their_moment_whatever_the_offset_and_naive_ones_are_refused(
    tmp_path: Path,
) -> None:
    with HistoryStore.open(history_path(tmp_path)) as store:
        berlin = datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))
        session_id = store.start_session(snapshot(), started_at=berlin)
        assert store.sessions()[0].started_at == T0
        with pytest.raises(ValueError, match="naive"):
            store.start_session(snapshot(), started_at=datetime(2025, 3, 3, 9, 0))
        with pytest.raises(ValueError, match="0-10"):
            store.record_pain(session_id, PainMoment.AFTER, 11)
        with pytest.raises(KeyError):
            store.record_pain(session_id + 99, PainMoment.AFTER, 1)


def test_the_file_and_a_new_folder_are_private(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    with HistoryStore.open(path) as store:
        store.start_session(snapshot())
        mode = {p.name: stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()}
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert mode == {
            "history.sqlite3": 0o600,
            "history.sqlite3-wal": 0o600,
            "history.sqlite3-shm": 0o600,
        }


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    HistoryStore.open(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()
    with HistoryStore.open(path) as store, pytest.raises(sqlite3.IntegrityError):
        store.record_item(12345, item(0))  # no such session: the key is enforced


# --- migrations ------------------------------------------------------------------------

# Rows as each earlier schema version held them, frozen like the migrations themselves:
# a new version adds its own entry, and every older one must still come through.
ROWS_AT_VERSION: dict[int, list[str]] = {0: []}


def build_at_version(path: Path, version: int) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    migrate(connection, to_version=version)
    for statement in ROWS_AT_VERSION[version]:
        connection.execute(statement)
    connection.close()


def test_every_earlier_version_has_frozen_rows_to_migrate() -> None:
    assert sorted(ROWS_AT_VERSION) == list(range(CURRENT_VERSION))
    assert len(MIGRATIONS) == CURRENT_VERSION


@pytest.mark.parametrize("version", range(CURRENT_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = history_path(tmp_path)
    path.parent.mkdir()
    build_at_version(path, version)
    with HistoryStore.open(path) as store:
        assert store.take_notices() == []
        before = len(store.sessions())
        session_id = store.start_session(snapshot())
        store.record_item(session_id, item(0))
        assert len(store.sessions()) == before + 1
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone() == (CURRENT_VERSION,)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_a_migration_that_fails_leaves_the_previous_version(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "h.sqlite3", isolation_level=None)
    connection.execute("CREATE TABLE sessions (id INTEGER)")  # clashes with migration 1
    with pytest.raises(sqlite3.OperationalError):
        migrate(connection)
    assert connection.execute("PRAGMA user_version").fetchone() == (0,)
    assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone() == (1,)
    connection.close()


# --- bad files -------------------------------------------------------------------------


def good_history(path: Path) -> bytes:
    with HistoryStore.open(path) as store:
        for _ in range(40):
            session_id = store.start_session(snapshot())
            store.set_notes(session_id, "x" * 500)
    return path.read_bytes()


def corrupt_middle(path: Path) -> None:
    data = bytearray(good_history(path))
    data[4096 : 4096 * 3] = b"\xa5" * 8192  # pages of the sessions table overwritten
    path.write_bytes(bytes(data))


def newer_version(path: Path) -> None:
    good_history(path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    connection.close()


BAD_FILES = {
    "empty": lambda path: path.write_bytes(b""),
    "text": lambda path: path.write_text("id,routine\n1,bridge\n", encoding="utf-8"),
    "binary": lambda path: path.write_bytes(bytes(range(256)) * 64),
    "header-only": lambda path: path.write_bytes(b"SQLite format 3\x00"),
    "truncated": lambda path: path.write_bytes(good_history(path)[: 4096 * 3 + 100]),
    "corrupt": corrupt_middle,
    "newer": newer_version,
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_bad_file_is_moved_aside_and_a_new_history_started(tmp_path: Path, kind: str) -> None:
    path = history_path(tmp_path)
    path.parent.mkdir(mode=0o700)
    BAD_FILES[kind](path)
    original = path.read_bytes()
    with HistoryStore.open(path) as store:
        (notice,) = store.take_notices()
        assert notice.kind is NoticeKind.MOVED_ASIDE
        assert notice.moved_to == path.with_name("history.sqlite3.bad")
        assert str(notice.moved_to) in notice.message
        assert not store.in_memory
        assert store.sessions() == ()
        store.start_session(snapshot())
    assert notice.moved_to.read_bytes() == original
    with HistoryStore.open(path) as again:
        assert again.take_notices() == []
        assert len(again.sessions()) == 1


def test_a_damaged_file_keeps_its_wal_and_shm_and_earlier_bad_files(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    path.parent.mkdir()
    path.with_name("history.sqlite3.bad").write_bytes(b"an earlier one")
    path.write_bytes(b"not sqlite" * 100)
    path.with_name("history.sqlite3-wal").write_bytes(b"wal")
    path.with_name("history.sqlite3-shm").write_bytes(b"shm")
    with HistoryStore.open(path) as store:
        (notice,) = store.take_notices()
    moved = path.with_name("history.sqlite3.2.bad")
    assert notice.moved_to == moved
    assert path.with_name("history.sqlite3.bad").read_bytes() == b"an earlier one"
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"wal"
    assert moved.with_name(moved.name + "-shm").read_bytes() == b"shm"


# --- read-only and full folders --------------------------------------------------------


@contextmanager
def tmpfs(folder: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size},mode=0700" + (",ro" if read_only else "")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
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


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path) -> None:
    descriptor = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(descriptor)


pytestmark_mount = pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("mount") is None, reason="needs Linux mount"
)


@pytestmark_mount
def test_a_read_only_folder_keeps_the_old_history_readable_in_memory(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "4m") as folder:
        path = folder / "history.sqlite3"
        with HistoryStore.open(path) as store:
            store.start_session(snapshot())
        remount_read_only(folder)
        with HistoryStore.open(path) as store:
            (notice,) = store.take_notices()
            assert notice.kind is NoticeKind.IN_MEMORY
            assert "read-only" in notice.message
            assert store.in_memory
            assert len(store.sessions()) == 1  # what was saved before is still shown
            session_id = store.start_session(snapshot())  # and the session still runs
            store.record_item(session_id, item(0))
            assert len(store.sessions()) == 2
        assert sorted(p.name for p in folder.iterdir()) == ["history.sqlite3"]


@pytestmark_mount
def test_a_full_folder_at_open_gives_an_in_memory_history(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "full", "256k") as folder:
        fill(folder)
        with HistoryStore.open(folder / "data" / "history.sqlite3") as store:
            (notice,) = store.take_notices()
            assert notice.kind is NoticeKind.IN_MEMORY
            assert "no space left" in notice.message
            session_id = store.start_session(snapshot())
            store.record_item(session_id, item(0))
            assert store.session(session_id) is not None


@pytestmark_mount
def test_a_disk_that_fills_during_a_session_keeps_it_going_in_memory(tmp_path: Path) -> None:
    with (
        tmpfs(tmp_path / "filling", "2m") as folder,
        HistoryStore.open(folder / "history.sqlite3") as store,
    ):
        earlier = store.start_session(snapshot())
        store.finish_session(earlier, SessionStatus.COMPLETED)
        session_id = store.start_session(snapshot())
        store.record_item(session_id, item(0))
        fill(folder)
        store.set_notes(session_id, "n" * 300_000)  # more than the disk has left
        store.record_item(session_id, item(1))
        (notice,) = store.take_notices()
        assert notice.kind is NoticeKind.IN_MEMORY
        assert store.in_memory
        record = store.session(session_id)
        assert record is not None
        assert [i.position for i in record.items] == [0, 1]
        assert record.notes == "n" * 300_000
        assert store.session(earlier) is not None


def test_a_folder_path_that_is_a_file_gives_an_in_memory_history(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    with HistoryStore.open(history_path(tmp_path)) as store:
        (notice,) = store.take_notices()
        assert notice.kind is NoticeKind.IN_MEMORY
        assert store.in_memory
        store.start_session(snapshot())
        assert len(store.sessions()) == 1


# --- several at once, and sessions left behind --------------------------------------------


def test_readers_see_whole_transactions_while_a_writer_writes(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    HistoryStore.open(path).close()
    problems: list[BaseException] = []
    done = threading.Event()

    def write() -> None:
        try:
            with HistoryStore.open(path) as store:
                for _ in range(60):
                    session_id = store.start_session(snapshot(items=3))
                    for position in range(3):
                        store.record_item(session_id, item(position))
                    store.finish_session(session_id, SessionStatus.COMPLETED)
        except BaseException as error:  # reported below, in the test's thread
            problems.append(error)
        finally:
            done.set()

    def read() -> None:
        try:
            with HistoryStore.open(path) as store:
                seen = 0
                while not done.is_set():
                    sessions = store.sessions()
                    assert len(sessions) >= seen
                    seen = len(sessions)
                    for record in sessions:
                        if record.status is SessionStatus.COMPLETED:
                            assert len(record.items) == 3
        except BaseException as error:
            problems.append(error)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert problems == []
    with HistoryStore.open(path) as store:
        assert len(store.sessions()) == 60


def test_a_session_whose_process_is_gone_is_marked_interrupted(tmp_path: Path) -> None:
    path = history_path(tmp_path)
    clock = FakeClock()
    with HistoryStore.open(path, clock=clock) as store:
        left = store.start_session(snapshot())
        clock.advance(40)
        store.record_item(left, item(0))
    with HistoryStore.open(path, clock=clock, is_owner_alive=lambda *_: True) as alive:
        assert alive.take_notices() == []
        assert alive.sessions()[0].status is SessionStatus.RUNNING
    with HistoryStore.open(path, clock=clock, is_owner_alive=lambda *_: False) as store:
        (notice,) = store.take_notices()
        assert (notice.kind, notice.count) == (NoticeKind.INTERRUPTED_FOUND, 1)
        (record,) = store.sessions()
    assert record.status is SessionStatus.INTERRUPTED
    assert record.ended_at == T0 + timedelta(seconds=40)  # its last recorded step
    assert len(record.items) == 1


def test_owner_liveness(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    assert owner_is_alive(this_process_owner(), now, now)
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    gone = this_process_owner().split("/")[0] + f"/{child.stdout.strip()}/1"
    assert not owner_is_alive(gone, now, now)
    assert owner_is_alive(f"other-host/{os.getpid()}/1", now, now + timedelta(hours=1))
    assert not owner_is_alive(f"other-host/{os.getpid()}/1", now, now + timedelta(days=2))


def test_next_day_check_in_asks_about_yesterdays_sessions(tmp_path: Path) -> None:
    tz = timezone(timedelta(hours=-5))
    clock = FakeClock(datetime(2025, 3, 3, 23, 30, tzinfo=tz))  # late evening, local
    with HistoryStore.open(history_path(tmp_path), clock=clock) as store:
        yesterday = store.start_session(snapshot())
        store.finish_session(yesterday, SessionStatus.COMPLETED)
        answered = store.start_session(snapshot())
        store.finish_session(answered, SessionStatus.COMPLETED)
        store.record_pain(answered, PainMoment.NEXT_DAY, 3)
        clock.advance(3600)  # 00:30 local, the next day
        today = store.start_session(snapshot())
        store.finish_session(today, SessionStatus.COMPLETED)
        waiting = store.awaiting_next_day_pain(date(2025, 3, 4), tz)
    assert [s.id for s in waiting] == [yesterday]


# --- safety profile and decisions --------------------------------------------------------


def test_the_safety_profile_keeps_its_history(tmp_path: Path) -> None:
    clock = FakeClock()
    with HistoryStore.open(history_path(tmp_path), clock=clock) as store:
        assert store.safety_profile() is None
        first = SafetyProfile(
            disclaimer_acknowledged_at=T0,
            red_flags={"fever": False, "bladder-bowel": True},
            recent_back_surgery=True,
        )
        store.save_safety_profile(first)
        clock.advance(86400)
        second = SafetyProfile(
            disclaimer_acknowledged_at=T0,
            red_flags={"fever": False, "bladder-bowel": False},
            clinician_checked_at=clock.now,
            recent_back_surgery=True,
            pregnancy=True,
        )
        saved = store.save_safety_profile(second)
    with HistoryStore.open(history_path(tmp_path), clock=clock) as store:
        assert store.safety_profile() == saved
        history = store.safety_profile_history()
    assert saved.recorded_at == clock.now
    assert [p.red_flags["bladder-bowel"] for p in history] == [True, False]
    assert history[0].any_red_flag and not history[1].any_red_flag
    assert history[1].pregnancy and not history[0].pregnancy


def test_progression_decisions_are_kept_with_their_answer(tmp_path: Path) -> None:
    clock = FakeClock()
    with HistoryStore.open(history_path(tmp_path), clock=clock) as store:
        session_id = store.start_session(snapshot())
        proposal = Proposal(
            "gentle-start", 0, "bridge", Direction.UP, Dose(reps=8), Dose(reps=10),
            Reason.LOW_PAIN, session_id,
        )  # fmt: skip
        first = store.record_proposal(proposal)
        second = store.record_proposal(proposal)
        with pytest.raises(ValueError, match="routine copy"):
            store.decide(first, accepted=True)
        clock.advance(5)
        store.decide(first, accepted=True, applied_routine_id="gentle-start-mine")
        store.decide(second, accepted=False)
        with pytest.raises(KeyError):
            store.decide(second, accepted=True, applied_routine_id="again")
        accepted, declined = store.decisions("gentle-start")
    assert (accepted.new_dose, accepted.old_dose) == (Dose(reps=10), Dose(reps=8))
    assert (accepted.decision, accepted.applied_routine_id) == ("accepted", "gentle-start-mine")
    assert accepted.decided_at == T0 + timedelta(seconds=5)
    assert (declined.decision, declined.applied_routine_id) == ("declined", None)
    assert accepted.based_on_session_id == session_id
