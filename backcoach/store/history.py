"""The history: sessions, pain, "this hurts" events, safety profile and decisions, in SQLite.

Qt-free; the window's first-run check, check-ins and history view build on this API.

Opening::

    store = HistoryStore.open(paths.history_file)       # never raises for a bad file/folder
    for notice in store.take_notices():                  # tell the user what happened
        show(notice.message)                             # (or phrase notice.kind yourself)

A session, written as it happens, each call one short transaction of its own, so a crash
or a kill loses at most the step that was running::

    snapshot = RoutineSnapshot.from_routine(routine, library.exercises)
    session_id = store.start_session(snapshot)           # the row exists from the start
    store.record_pain(session_id, PainMoment.BEFORE, 4)
    store.record_item(session_id, ItemRecord(...))       # each exercise item as it ends
    store.record_hurt(session_id, HurtEvent(...))        # "this hurts", with the answers
    store.finish_session(session_id, SessionStatus.COMPLETED)   # or STOPPED
    store.record_pain(session_id, PainMoment.AFTER, 3)
    store.record_pain(session_id, PainMoment.NEXT_DAY, 2)       # from the next day's check-in

Reading: ``sessions()``, ``session(id)``, ``awaiting_next_day_pain(today, tz)``.
Safety profile (append-only, so its history is kept): ``save_safety_profile``,
``safety_profile()``, ``safety_profile_history()``. Progression decisions:
``record_proposal``, ``decide``, ``decisions()``.

Robustness (docs/history.md): the file and a folder we create are private (0600/0700).
A file that is not SQLite, fails ``PRAGMA integrity_check`` or has a newer schema is
moved aside as ``*.bad`` (with its -wal and -shm) and a new one is started. When the
folder is read-only or full, at open or later, the store carries on in memory for this
run (keeping what it already had) and says so through a notice. A session left with no
end by a process that is gone is marked interrupted when the history is next opened.
All times are timezone-aware and stored as UTC ISO 8601; a naive datetime is refused.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sqlite3
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol, TypeVar

from backcoach.model import Dose, Exercise, Routine, Sides
from backcoach.store.history_schema import CURRENT_VERSION, migrate, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000  # another instance's write is a few ms; wait rather than fail
FOREIGN_OWNER_GRACE = timedelta(days=1)  # a session of another machine: cannot ask its pid

Clock = Callable[[], datetime]
T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC)


class SessionStatus(StrEnum):
    RUNNING = "running"  # started, no end yet: being recorded, or its process died
    COMPLETED = "completed"
    STOPPED = "stopped"  # the user ended it early
    INTERRUPTED = "interrupted"  # the process ended without finishing it (crash, kill)


class ItemOutcome(StrEnum):
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"


class PainMoment(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    NEXT_DAY = "next_day"


class NoticeKind(StrEnum):
    MOVED_ASIDE = "moved-aside"  # a bad file was renamed to moved_to; a new one started
    IN_MEMORY = "in-memory"  # nothing is saved to disk for the rest of this run
    INTERRUPTED_FOUND = "interrupted-found"  # sessions left unfinished were marked


@dataclass(frozen=True)
class StoreNotice:
    """Something the user should hear about the history; ``message`` is plain English."""

    kind: NoticeKind
    path: Path
    reason: str  # what was wrong, in English, e.g. "not an SQLite database"
    moved_to: Path | None = None
    count: int = 0  # sessions marked interrupted

    @property
    def message(self) -> str:
        if self.kind is NoticeKind.MOVED_ASIDE:
            return (
                f"The history file {self.path} could not be used ({self.reason}). "
                f"It was kept as {self.moved_to} and a new history was started."
            )
        if self.kind is NoticeKind.IN_MEMORY:
            return (
                f"The history cannot be saved in {self.path.parent} ({self.reason}). "
                "Your session still runs, but what you record now is kept only until "
                "you close backcoach."
            )
        return f"{self.count} session(s) ended unexpectedly and are marked as interrupted."


@dataclass(frozen=True)
class SnapshotItem:
    """One item of the routine as it was planned that day: the dose actually used."""

    exercise_id: str
    exercise_name: str
    dose: Dose


@dataclass(frozen=True)
class RoutineSnapshot:
    """What was planned, kept with the session: a routine may change or vanish later."""

    routine_id: str
    title: str
    items: tuple[SnapshotItem, ...]

    @classmethod
    def from_routine(cls, routine: Routine, exercises: Mapping[str, Exercise]) -> RoutineSnapshot:
        items = []
        for item in routine.items:
            exercise = exercises[item.exercise_id]
            items.append(
                SnapshotItem(exercise.id, exercise.name, item.override.apply(exercise.dose))
            )
        return cls(routine.id, routine.title, tuple(items))

    def to_json(self) -> str:
        return json.dumps(
            {
                "items": [
                    {
                        "exercise_id": i.exercise_id,
                        "name": i.exercise_name,
                        "dose": dose_to_dict(i.dose),
                    }
                    for i in self.items
                ]
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, routine_id: str, title: str, text: str) -> RoutineSnapshot:
        data = json.loads(text)
        items = tuple(
            SnapshotItem(i["exercise_id"], i["name"], dose_from_dict(i["dose"]))
            for i in data["items"]
        )
        return cls(routine_id, title, items)


def dose_to_dict(dose: Dose) -> dict[str, Any]:
    return {f.name: getattr(dose, f.name) for f in fields(dose)}


def dose_from_dict(data: Mapping[str, Any]) -> Dose:
    known = {f.name for f in fields(Dose)}
    values = {k: v for k, v in data.items() if k in known}
    if "sides" in values:
        values["sides"] = Sides(values["sides"])
    return Dose(**values)


@dataclass(frozen=True)
class ItemRecord:
    """One exercise item of a session: what was planned and what was done.

    ``planned_reps`` is per set (and per side), as in the dose. ``done_sets`` counts sets
    finished in full, ``done_reps`` every repetition done over all sets and sides,
    ``done_hold_s`` the seconds held in total, ``done_duration_s`` the seconds the item
    ran (a timed activity's time walked or cycled).
    """

    position: int  # index of the item in the routine
    exercise_id: str
    exercise_name: str
    outcome: ItemOutcome
    planned_sets: int
    planned_reps: int
    planned_hold_s: float | None
    planned_duration_s: float | None
    done_sets: int
    done_reps: int
    done_hold_s: float = 0.0
    done_duration_s: float = 0.0
    recorded_at: datetime | None = None  # None: the store's clock at recording


@dataclass(frozen=True)
class HurtEvent:
    """The user pressed "this hurts": when, during what, and what they answered."""

    at: datetime
    exercise_id: str
    item_position: int | None
    sharp: bool | None  # None: not answered
    spreading: bool | None  # down the leg; means stop that movement
    stopped_exercise: bool


@dataclass(frozen=True)
class SessionRecord:
    id: int
    snapshot: RoutineSnapshot
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    pain_before: int | None = None
    pain_after: int | None = None
    pain_next_day: int | None = None
    notes: str = ""
    items: tuple[ItemRecord, ...] = ()
    hurts: tuple[HurtEvent, ...] = ()

    @property
    def routine_id(self) -> str:
        return self.snapshot.routine_id

    @property
    def duration_s(self) -> float:
        if self.ended_at is None:
            return 0.0
        return max(0.0, (self.ended_at - self.started_at).total_seconds())


@dataclass(frozen=True)
class SafetyProfile:
    """The first-run check's answers; every save is kept, the latest one counts."""

    disclaimer_acknowledged_at: datetime | None = None
    red_flags: Mapping[str, bool] = field(default_factory=dict)  # flag id -> present
    clinician_checked_at: datetime | None = None  # the user confirmed a clinician checked
    osteoporosis_fracture_steroids: bool = False
    pregnancy: bool = False
    recent_back_surgery: bool = False
    recorded_at: datetime | None = None  # set by the store

    @property
    def any_red_flag(self) -> bool:
        return any(self.red_flags.values())


class ProposalFields(Protocol):
    """What the store keeps of a progression proposal (backcoach.coach.progression)."""

    @property
    def routine_id(self) -> str: ...
    @property
    def item_position(self) -> int: ...
    @property
    def exercise_id(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def old_dose(self) -> Dose: ...
    @property
    def new_dose(self) -> Dose: ...
    @property
    def reason(self) -> str: ...
    @property
    def based_on_session_id(self) -> int | None: ...


class Decision(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    proposed_at: datetime
    routine_id: str
    item_position: int
    exercise_id: str
    direction: str  # "up" or "back"
    old_dose: Dose
    new_dose: Dose
    reason: str
    based_on_session_id: int | None
    decision: Decision
    decided_at: datetime | None
    applied_routine_id: str | None  # the id of the routine copy the change went into


# --- who owns a running session ------------------------------------------------------


def _process_start(pid: int) -> str:
    # Field 22 of /proc/PID/stat tells a reused pid from the original (Linux only).
    try:
        status = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    return status.rsplit(")", 1)[-1].split()[19]


def this_process_owner() -> str:
    pid = os.getpid()
    return f"{socket.gethostname()}/{pid}/{_process_start(pid)}"


def owner_is_alive(owner: str, started_at: datetime, now: datetime) -> bool:
    """Whether the process that started a session may still be recording it."""
    host, _, rest = owner.partition("/")
    pid_text, _, start = rest.partition("/")
    if host != socket.gethostname() or not pid_text.isdigit():
        return now - started_at < FOREIGN_OWNER_GRACE
    pid = int(pid_text)
    if pid == os.getpid():
        return start == _process_start(pid)
    if os.name != "posix":
        return False  # os.kill(pid, 0) would end the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, owned by someone else
    return start == _process_start(pid)


# --- opening: private files, bad files moved aside, in memory when we must --------------


class _BadFileError(Exception):
    """The file is not a history we can use; the message says why, for the notice."""


def _private_folder(folder: Path) -> None:
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask


def _check_header(path: Path) -> None:
    # A pipe in its place would block the first read for ever, a device never end.
    if not stat.S_ISREG(path.stat().st_mode):
        raise _BadFileError("not a regular file")
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if not header:
        raise _BadFileError("the file is empty")
    if header != SQLITE_HEADER:
        raise _BadFileError("not an SQLite database")


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    connection = sqlite3.connect(target, isolation_level=None, uri=uri, check_same_thread=True)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _check_existing(connection: sqlite3.Connection) -> None:
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        version = schema_version(connection)
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and _is_storage_problem(error):
            raise
        raise _BadFileError(f"damaged: {error}") from error
    if [tuple(row) for row in rows] != [("ok",)]:
        raise _BadFileError(f"damaged: integrity check says {rows[0][0]}")
    if version > CURRENT_VERSION:
        raise _BadFileError(
            f"made by a newer backcoach (schema {version}, this one knows {CURRENT_VERSION})"
        )


def _is_storage_problem(error: sqlite3.OperationalError) -> bool:
    # The folder, not the file: read-only, full, or not there. These must not move a
    # good history aside.
    text = str(error).lower()
    return any(
        phrase in text
        for phrase in ("readonly", "read-only", "disk is full", "unable to open", "disk i/o")
    )


def _aside_name(path: Path) -> Path:
    candidate = path.with_name(path.name + ".bad")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{number}.bad")
        number += 1
    return candidate


def _move_aside(path: Path) -> Path:
    target = _aside_name(path)
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def _create_new(path: Path) -> None:
    # Built beside the real name and renamed into place: a kill during creation leaves
    # no half-made history (and no empty file that would later look damaged).
    fresh = path.with_name(path.name + ".new")
    for leftover in (
        fresh,
        fresh.with_name(fresh.name + "-wal"),
        fresh.with_name(fresh.name + "-shm"),
    ):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    descriptor = os.open(fresh, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.fchmod(descriptor, 0o600)
    os.close(descriptor)
    connection = _connect(str(fresh))
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        migrate(connection)
    finally:
        connection.close()
    fresh.replace(path)


def _open_file(path: Path, notices: list[StoreNotice]) -> sqlite3.Connection:
    """Opens (or creates) the history file; raises OSError/sqlite3.Error for a bad folder."""
    _private_folder(path.parent)
    if path.exists():
        try:
            _check_header(path)
            connection = _connect(str(path))
            try:
                _check_existing(connection)
            except BaseException:
                connection.close()
                raise
        except _BadFileError as problem:
            moved_to = _move_aside(path)
            notices.append(StoreNotice(NoticeKind.MOVED_ASIDE, path, str(problem), moved_to))
        else:
            connection.execute("PRAGMA journal_mode = WAL")
            migrate(connection)
            return connection
    _create_new(path)
    connection = _connect(str(path))
    connection.execute("PRAGMA journal_mode = WAL")
    return connection


def _in_memory_copy(path: Path) -> sqlite3.Connection:
    """A memory database holding what the file has, if it can at least be read."""
    memory = _connect(":memory:")
    if path.is_file():
        with contextlib.suppress(sqlite3.Error, OSError, _BadFileError):
            _check_header(path)
            # immutable: a read-only folder cannot hold the -shm file WAL mode wants.
            source = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
            try:
                _check_existing(source)
                source.backup(memory)
            finally:
                source.close()
    if schema_version(memory) > CURRENT_VERSION:
        memory.close()
        memory = _connect(":memory:")
    migrate(memory)
    return memory


def _describe(error: BaseException, folder: Path) -> str:
    """The cause in plain words: SQLite says "unable to open", the folder says why."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return _folder_problem(folder) or str(error)


def _folder_problem(folder: Path) -> str:
    probe = folder / f".backcoach-probe-{os.getpid()}"
    try:
        descriptor = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            os.write(descriptor, b"\0" * 4096)  # a full disk may still take an empty file
        finally:
            os.close(descriptor)
            probe.unlink()
    except OSError as error:
        return (error.strerror or str(error)).lower()
    return ""


# --- the store ------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a naive datetime cannot be stored: {moment!r}")
    return moment.astimezone(UTC).isoformat()


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _pain(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"pain is a whole number 0-10, not {value!r}")
    return value


class HistoryStore:
    """One connection to the history; use it from one thread (open one per thread)."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        *,
        clock: Clock = utc_now,
        in_memory: bool = False,
        notices: Iterable[StoreNotice] = (),
    ) -> None:
        self._connection = connection
        self.path = path
        self._clock = clock
        self._in_memory = in_memory
        self._notices = list(notices)
        self._owner = this_process_owner()

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Clock = utc_now,
        is_owner_alive: Callable[[str, datetime, datetime], bool] = owner_is_alive,
    ) -> HistoryStore:
        """Opens the history at ``path``; never raises for a bad file or folder."""
        notices: list[StoreNotice] = []
        in_memory = False
        try:
            connection = _open_file(path, notices)
        except (OSError, sqlite3.Error) as error:
            connection = _in_memory_copy(path)
            in_memory = True
            notices.append(StoreNotice(NoticeKind.IN_MEMORY, path, _describe(error, path.parent)))
        store = cls(connection, path, clock=clock, in_memory=in_memory, notices=notices)
        store._mark_interrupted(is_owner_alive)
        return store

    @classmethod
    def in_memory_only(cls, *, clock: Clock = utc_now) -> HistoryStore:
        """A history that is never saved: for --no-history runs and tests of callers."""
        connection = _connect(":memory:")
        migrate(connection)
        return cls(connection, Path(":memory:"), clock=clock, in_memory=True)

    @property
    def in_memory(self) -> bool:
        """True when nothing recorded in this run reaches the disk."""
        return self._in_memory

    def take_notices(self) -> list[StoreNotice]:
        """What happened since the last call (at open, or a write that failed later)."""
        taken, self._notices = self._notices, []
        return taken

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Runs ``work`` in one short transaction; on a full or read-only disk, carries
        on in memory with everything recorded so far."""
        try:
            return self._transaction(work)
        except sqlite3.OperationalError as error:
            if self._in_memory:
                raise
            self._degrade(error)
            return self._transaction(work)

    def _transaction(self, work: Callable[[sqlite3.Connection], T]) -> T:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            result = work(connection)
            connection.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise
        return result

    def _degrade(self, error: sqlite3.OperationalError) -> None:
        memory = _connect(":memory:")
        with contextlib.suppress(sqlite3.Error):
            self._connection.backup(memory)
        if schema_version(memory) != CURRENT_VERSION:
            memory.close()
            memory = _connect(":memory:")
            migrate(memory)
        with contextlib.suppress(sqlite3.Error):
            self._connection.close()
        self._connection = memory
        self._in_memory = True
        self._notices.append(
            StoreNotice(NoticeKind.IN_MEMORY, self.path, _describe(error, self.path.parent))
        )

    def _mark_interrupted(self, is_owner_alive: Callable[[str, datetime, datetime], bool]) -> None:
        now = self._clock()
        running = self._connection.execute(
            "SELECT id, owner, started_at FROM sessions WHERE status = 'running'"
        ).fetchall()
        orphans = [
            session_id
            for session_id, owner, started in running
            if not is_owner_alive(owner, datetime.fromisoformat(started), now)
        ]
        if not orphans:
            return

        def mark(connection: sqlite3.Connection) -> None:
            for session_id in orphans:
                # Its end is the last thing it recorded, so its minutes still count.
                connection.execute(
                    """UPDATE sessions SET status = 'interrupted', ended_at = (
                           SELECT max(t) FROM (
                               SELECT started_at AS t FROM sessions WHERE id = :id
                               UNION ALL SELECT recorded_at FROM session_items
                                   WHERE session_id = :id
                               UNION ALL SELECT at FROM hurt_events WHERE session_id = :id))
                       WHERE id = :id AND status = 'running'""",
                    {"id": session_id},
                )

        self._write(mark)
        self._notices.append(
            StoreNotice(NoticeKind.INTERRUPTED_FOUND, self.path, "", count=len(orphans))
        )

    def start_session(self, snapshot: RoutineSnapshot, started_at: datetime | None = None) -> int:
        """Writes the session's row at once (status running) and returns its id."""
        started = _iso(started_at or self._clock())

        def insert(connection: sqlite3.Connection) -> int:
            cursor = connection.execute(
                """INSERT INTO sessions (routine_id, routine_title, plan_json, started_at,
                                         status, owner)
                   VALUES (?, ?, ?, ?, 'running', ?)""",
                (snapshot.routine_id, snapshot.title, snapshot.to_json(), started, self._owner),
            )
            return int(cursor.lastrowid or 0)

        return self._write(insert)

    def record_item(self, session_id: int, item: ItemRecord) -> None:
        """Keeps one exercise item as it ends; recording the same position again replaces it."""
        recorded = _iso(item.recorded_at or self._clock())
        self._write(
            lambda connection: connection.execute(
                """INSERT OR REPLACE INTO session_items (session_id, position, exercise_id,
                       exercise_name, outcome, planned_sets, planned_reps, planned_hold_s,
                       planned_duration_s, done_sets, done_reps, done_hold_s,
                       done_duration_s, recorded_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    session_id,
                    item.position,
                    item.exercise_id,
                    item.exercise_name,
                    ItemOutcome(item.outcome).value,
                    item.planned_sets,
                    item.planned_reps,
                    item.planned_hold_s,
                    item.planned_duration_s,
                    item.done_sets,
                    item.done_reps,
                    item.done_hold_s,
                    item.done_duration_s,
                    recorded,
                ),
            )
        )

    def record_hurt(self, session_id: int, event: HurtEvent) -> None:
        at = _iso(event.at)
        self._write(
            lambda connection: connection.execute(
                """INSERT INTO hurt_events (session_id, at, item_position, exercise_id,
                       sharp, spreading, stopped_exercise) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (
                    session_id,
                    at,
                    event.item_position,
                    event.exercise_id,
                    event.sharp,
                    event.spreading,
                    event.stopped_exercise,
                ),
            )
        )

    def record_pain(self, session_id: int, moment: PainMoment, value: int) -> None:
        column = f"pain_{PainMoment(moment).value}"  # from the enum, never from input
        checked = _pain(value)
        self._update_session(session_id, f"UPDATE sessions SET {column} = ? WHERE id = ?", checked)

    def set_notes(self, session_id: int, notes: str) -> None:
        self._update_session(session_id, "UPDATE sessions SET notes = ? WHERE id = ?", notes)

    def finish_session(
        self, session_id: int, status: SessionStatus, ended_at: datetime | None = None
    ) -> None:
        if status not in (SessionStatus.COMPLETED, SessionStatus.STOPPED):
            raise ValueError(f"a session is finished as completed or stopped, not {status}")
        ended = _iso(ended_at or self._clock())
        self._write(
            lambda connection: connection.execute(
                "UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?",
                (status.value, ended, session_id),
            )
        )

    def _update_session(self, session_id: int, sql: str, value: object) -> None:
        def update(connection: sqlite3.Connection) -> None:
            if connection.execute(sql, (value, session_id)).rowcount != 1:
                raise KeyError(f"no session {session_id}")

        self._write(update)

    # --- reading ----------------------------------------------------------------------

    def sessions(
        self, *, since: datetime | None = None, routine_id: str | None = None
    ) -> tuple[SessionRecord, ...]:
        """Sessions oldest first, with their items and "this hurts" events."""
        where, arguments = ["1"], []
        if since is not None:
            where.append("started_at >= ?")
            arguments.append(_iso(since))
        if routine_id is not None:
            where.append("routine_id = ?")
            arguments.append(routine_id)
        rows = self._connection.execute(
            f"""SELECT id, routine_id, routine_title, plan_json, started_at, ended_at, status,
                       pain_before, pain_after, pain_next_day, notes
                FROM sessions WHERE {" AND ".join(where)} ORDER BY started_at, id""",
            arguments,
        ).fetchall()
        return self._with_details(rows)

    def session(self, session_id: int) -> SessionRecord | None:
        rows = self._connection.execute(
            """SELECT id, routine_id, routine_title, plan_json, started_at, ended_at, status,
                      pain_before, pain_after, pain_next_day, notes
               FROM sessions WHERE id = ?""",
            (session_id,),
        ).fetchall()
        found = self._with_details(rows)
        return found[0] if found else None

    def awaiting_next_day_pain(self, today: date, tz: tzinfo) -> tuple[SessionRecord, ...]:
        """Ended sessions of the day before ``today`` (the user's calendar) with no
        next-day pain yet: what the morning check-in asks about."""
        start = datetime.combine(today - timedelta(days=1), datetime.min.time(), tz)
        end = datetime.combine(today, datetime.min.time(), tz)
        return tuple(
            record
            for record in self.sessions(since=start)
            if record.started_at < end
            and record.status is not SessionStatus.RUNNING
            and record.pain_next_day is None
        )

    def _with_details(self, rows: list[Any]) -> tuple[SessionRecord, ...]:
        if not rows:
            return ()
        ids = [row[0] for row in rows]
        items: dict[int, list[ItemRecord]] = {i: [] for i in ids}
        hurts: dict[int, list[HurtEvent]] = {i: [] for i in ids}
        marks = ",".join("?" * len(ids))
        for row in self._connection.execute(
            f"""SELECT session_id, position, exercise_id, exercise_name, outcome,
                       planned_sets, planned_reps, planned_hold_s, planned_duration_s,
                       done_sets, done_reps, done_hold_s, done_duration_s, recorded_at
                FROM session_items WHERE session_id IN ({marks}) ORDER BY position""",
            ids,
        ):
            items[row[0]].append(
                ItemRecord(
                    position=row[1],
                    exercise_id=row[2],
                    exercise_name=row[3],
                    outcome=ItemOutcome(row[4]),
                    planned_sets=row[5],
                    planned_reps=row[6],
                    planned_hold_s=row[7],
                    planned_duration_s=row[8],
                    done_sets=row[9],
                    done_reps=row[10],
                    done_hold_s=row[11],
                    done_duration_s=row[12],
                    recorded_at=_time(row[13]),
                )
            )
        for row in self._connection.execute(
            f"""SELECT session_id, at, exercise_id, item_position, sharp, spreading,
                       stopped_exercise
                FROM hurt_events WHERE session_id IN ({marks}) ORDER BY at, id""",
            ids,
        ):
            hurts[row[0]].append(
                HurtEvent(
                    datetime.fromisoformat(row[1]),
                    row[2],
                    row[3],
                    _flag(row[4]),
                    _flag(row[5]),
                    bool(row[6]),
                )
            )
        return tuple(
            SessionRecord(
                id=row[0],
                snapshot=RoutineSnapshot.from_json(row[1], row[2], row[3]),
                started_at=datetime.fromisoformat(row[4]),
                ended_at=_time(row[5]),
                status=SessionStatus(row[6]),
                pain_before=row[7],
                pain_after=row[8],
                pain_next_day=row[9],
                notes=row[10],
                items=tuple(items[row[0]]),
                hurts=tuple(hurts[row[0]]),
            )
            for row in rows
        )

    # --- the safety profile -----------------------------------------------------------

    def save_safety_profile(self, profile: SafetyProfile) -> SafetyProfile:
        """Appends the profile as the current one; earlier ones stay as its history."""
        recorded_at = self._clock()
        recorded = _iso(recorded_at)
        acknowledged = profile.disclaimer_acknowledged_at
        checked = profile.clinician_checked_at

        def insert(connection: sqlite3.Connection) -> None:
            cursor = connection.execute(
                """INSERT INTO safety_profiles (recorded_at, disclaimer_acknowledged_at,
                       clinician_checked_at, osteoporosis_fracture_steroids, pregnancy,
                       recent_back_surgery) VALUES (?, ?, ?, ?, ?, ?)""",
                (
                    recorded,
                    None if acknowledged is None else _iso(acknowledged),
                    None if checked is None else _iso(checked),
                    profile.osteoporosis_fracture_steroids,
                    profile.pregnancy,
                    profile.recent_back_surgery,
                ),
            )
            connection.executemany(
                "INSERT INTO safety_red_flags (profile_id, flag, present) VALUES (?, ?, ?)",
                [(cursor.lastrowid, flag, bool(p)) for flag, p in profile.red_flags.items()],
            )

        self._write(insert)
        saved = self.safety_profile()
        assert saved is not None  # just written, in the same connection
        return saved

    def safety_profile(self) -> SafetyProfile | None:
        """The current profile, or None before the first-run check was done."""
        history = self.safety_profile_history(limit=1)
        return history[-1] if history else None

    def safety_profile_history(self, *, limit: int | None = None) -> tuple[SafetyProfile, ...]:
        """Every saved profile, oldest first (the last ``limit`` ones if given)."""
        rows = self._connection.execute(
            """SELECT id, recorded_at, disclaimer_acknowledged_at, clinician_checked_at,
                      osteoporosis_fracture_steroids, pregnancy, recent_back_surgery
               FROM safety_profiles ORDER BY id DESC LIMIT ?""",
            (-1 if limit is None else limit,),
        ).fetchall()
        profiles = []
        for row in reversed(rows):
            flags = dict(
                self._connection.execute(
                    "SELECT flag, present FROM safety_red_flags WHERE profile_id = ? ORDER BY flag",
                    (row[0],),
                ).fetchall()
            )
            profiles.append(
                SafetyProfile(
                    disclaimer_acknowledged_at=_time(row[2]),
                    red_flags={flag: bool(present) for flag, present in flags.items()},
                    clinician_checked_at=_time(row[3]),
                    osteoporosis_fracture_steroids=bool(row[4]),
                    pregnancy=bool(row[5]),
                    recent_back_surgery=bool(row[6]),
                    recorded_at=_time(row[1]),
                )
            )
        return tuple(profiles)

    # --- progression decisions --------------------------------------------------------

    def record_proposal(self, proposal: ProposalFields) -> int:
        """Keeps a proposal as shown to the user; ``decide`` records the answer."""
        proposed = _iso(self._clock())

        def insert(connection: sqlite3.Connection) -> int:
            cursor = connection.execute(
                """INSERT INTO progression_decisions (proposed_at, routine_id, item_position,
                       exercise_id, direction, old_dose_json, new_dose_json, reason,
                       based_on_session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    proposed,
                    proposal.routine_id,
                    proposal.item_position,
                    proposal.exercise_id,
                    str(proposal.direction),
                    json.dumps(dose_to_dict(proposal.old_dose), sort_keys=True),
                    json.dumps(dose_to_dict(proposal.new_dose), sort_keys=True),
                    str(proposal.reason),
                    proposal.based_on_session_id,
                ),
            )
            return int(cursor.lastrowid or 0)

        return self._write(insert)

    def decide(
        self, decision_id: int, *, accepted: bool, applied_routine_id: str | None = None
    ) -> None:
        """The user's answer; an accepted change names the routine copy it went into."""
        if accepted and not applied_routine_id:
            raise ValueError("an accepted proposal names the routine copy it was applied to")
        decided = _iso(self._clock())

        def update(connection: sqlite3.Connection) -> None:
            cursor = connection.execute(
                """UPDATE progression_decisions SET decision = ?, decided_at = ?,
                       applied_routine_id = ? WHERE id = ? AND decision = 'proposed'""",
                (
                    Decision.ACCEPTED if accepted else Decision.DECLINED,
                    decided,
                    applied_routine_id if accepted else None,
                    decision_id,
                ),
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no open proposal {decision_id}")

        self._write(update)

    def decisions(self, routine_id: str | None = None) -> tuple[DecisionRecord, ...]:
        """Proposals and their answers, oldest first."""
        sql = """SELECT id, proposed_at, routine_id, item_position, exercise_id, direction,
                        old_dose_json, new_dose_json, reason, based_on_session_id, decision,
                        decided_at, applied_routine_id FROM progression_decisions"""
        arguments: tuple[str, ...] = ()
        if routine_id is not None:
            sql += " WHERE routine_id = ? OR applied_routine_id = ?"
            arguments = (routine_id, routine_id)
        rows = self._connection.execute(sql + " ORDER BY id", arguments).fetchall()
        return tuple(
            DecisionRecord(
                id=row[0],
                proposed_at=datetime.fromisoformat(row[1]),
                routine_id=row[2],
                item_position=row[3],
                exercise_id=row[4],
                direction=row[5],
                old_dose=dose_from_dict(json.loads(row[6])),
                new_dose=dose_from_dict(json.loads(row[7])),
                reason=row[8],
                based_on_session_id=row[9],
                decision=Decision(row[10]),
                decided_at=_time(row[11]),
                applied_routine_id=row[12],
            )
            for row in rows
        )
