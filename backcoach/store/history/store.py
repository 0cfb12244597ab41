"""HistoryStore: one connection to the history, each write one short transaction."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TypeVar

from backcoach.store.history import decisions as decision_sql
from backcoach.store.history import safety as safety_sql
from backcoach.store.history import sessions as session_sql
from backcoach.store.history.notices import NoticeKind, StoreNotice
from backcoach.store.history.opening import connect, describe, in_memory_copy, open_file
from backcoach.store.history.owner import owner_is_alive, this_process_owner
from backcoach.store.history.records import (
    DecisionRecord,
    HurtEvent,
    ItemRecord,
    PainMoment,
    ProposalFields,
    RoutineSnapshot,
    SafetyProfile,
    SessionRecord,
    SessionStatus,
)
from backcoach.store.history.schema import CURRENT_VERSION, migrate, schema_version
from backcoach.store.history.times import Clock, to_text, utc_now

T = TypeVar("T")


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
            connection = open_file(path, notices)
        except (OSError, sqlite3.Error) as error:
            connection = in_memory_copy(path)
            in_memory = True
            notices.append(StoreNotice(NoticeKind.IN_MEMORY, path, describe(error, path.parent)))
        store = cls(connection, path, clock=clock, in_memory=in_memory, notices=notices)
        store._mark_interrupted(is_owner_alive)
        return store

    @classmethod
    def in_memory_only(cls, *, clock: Clock = utc_now) -> HistoryStore:
        """A history that is never saved: for --no-history runs and tests of callers."""
        connection = connect(":memory:")
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
        memory = connect(":memory:")
        with contextlib.suppress(sqlite3.Error):
            self._connection.backup(memory)
        if schema_version(memory) != CURRENT_VERSION:
            memory.close()
            memory = connect(":memory:")
            migrate(memory)
        with contextlib.suppress(sqlite3.Error):
            self._connection.close()
        self._connection = memory
        self._in_memory = True
        self._notices.append(
            StoreNotice(NoticeKind.IN_MEMORY, self.path, describe(error, self.path.parent))
        )

    def _mark_interrupted(self, is_owner_alive: Callable[[str, datetime, datetime], bool]) -> None:
        now = self._clock()
        running = session_sql.running_sessions(self._connection)
        orphans = [
            session_id
            for session_id, owner, started in running
            if not is_owner_alive(owner, datetime.fromisoformat(started), now)
        ]
        if not orphans:
            return
        self._write(lambda connection: session_sql.mark_interrupted(connection, orphans))
        self._notices.append(
            StoreNotice(NoticeKind.INTERRUPTED_FOUND, self.path, "", count=len(orphans))
        )

    def start_session(self, snapshot: RoutineSnapshot, started_at: datetime | None = None) -> int:
        """Writes the session's row at once (status running) and returns its id."""
        started = to_text(started_at or self._clock())
        return self._write(
            lambda connection: session_sql.insert_session(
                connection, snapshot, started, self._owner
            )
        )

    def record_item(self, session_id: int, item: ItemRecord) -> None:
        """Keeps one exercise item as it ends; recording the same position again replaces it."""
        recorded = to_text(item.recorded_at or self._clock())
        self._write(
            lambda connection: session_sql.insert_item(connection, session_id, item, recorded)
        )

    def record_hurt(self, session_id: int, event: HurtEvent) -> None:
        at = to_text(event.at)
        self._write(lambda connection: session_sql.insert_hurt(connection, session_id, event, at))

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
        ended = to_text(ended_at or self._clock())
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
        since_text = None if since is None else to_text(since)
        return session_sql.select_sessions(
            self._connection, since=since_text, routine_id=routine_id
        )

    def session(self, session_id: int) -> SessionRecord | None:
        return session_sql.select_session(self._connection, session_id)

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

    # --- the safety profile -----------------------------------------------------------

    def save_safety_profile(self, profile: SafetyProfile) -> SafetyProfile:
        """Appends the profile as the current one; earlier ones stay as its history."""
        recorded_at = self._clock()
        recorded = to_text(recorded_at)
        self._write(lambda connection: safety_sql.insert_profile(connection, profile, recorded))
        saved = self.safety_profile()
        assert saved is not None  # just written, in the same connection
        return saved

    def safety_profile(self) -> SafetyProfile | None:
        """The current profile, or None before the first-run check was done."""
        history = self.safety_profile_history(limit=1)
        return history[-1] if history else None

    def safety_profile_history(self, *, limit: int | None = None) -> tuple[SafetyProfile, ...]:
        """Every saved profile, oldest first (the last ``limit`` ones if given)."""
        return safety_sql.select_profiles(self._connection, limit=limit)

    # --- progression decisions --------------------------------------------------------

    def record_proposal(self, proposal: ProposalFields) -> int:
        """Keeps a proposal as shown to the user; ``decide`` records the answer."""
        proposed = to_text(self._clock())
        return self._write(
            lambda connection: decision_sql.insert_proposal(connection, proposal, proposed)
        )

    def decide(
        self, decision_id: int, *, accepted: bool, applied_routine_id: str | None = None
    ) -> None:
        """The user's answer; an accepted change names the routine copy it went into."""
        if accepted and not applied_routine_id:
            raise ValueError("an accepted proposal names the routine copy it was applied to")
        decided = to_text(self._clock())
        self._write(
            lambda connection: decision_sql.answer_proposal(
                connection,
                decision_id,
                accepted=accepted,
                applied_routine_id=applied_routine_id,
                decided=decided,
            )
        )

    def decisions(self, routine_id: str | None = None) -> tuple[DecisionRecord, ...]:
        """Proposals and their answers, oldest first."""
        return decision_sql.select_decisions(self._connection, routine_id)
