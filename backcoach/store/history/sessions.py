"""Sessions in SQL: a session's row, its items and "this hurts" events, written and read back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from backcoach.store.history.records import (
    HurtEvent,
    ItemOutcome,
    ItemRecord,
    RoutineSnapshot,
    SessionRecord,
    SessionStatus,
)
from backcoach.store.history.times import from_text

# --- writing: each call runs inside the store's transaction ------------------------------


def insert_session(
    connection: sqlite3.Connection, snapshot: RoutineSnapshot, started: str, owner: str
) -> int:
    cursor = connection.execute(
        """INSERT INTO sessions (routine_id, routine_title, plan_json, started_at,
                                 status, owner)
           VALUES (?, ?, ?, ?, 'running', ?)""",
        (snapshot.routine_id, snapshot.title, snapshot.to_json(), started, owner),
    )
    return int(cursor.lastrowid or 0)


def insert_item(
    connection: sqlite3.Connection, session_id: int, item: ItemRecord, recorded: str
) -> None:
    connection.execute(
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


def insert_hurt(connection: sqlite3.Connection, session_id: int, event: HurtEvent, at: str) -> None:
    connection.execute(
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


def running_sessions(connection: sqlite3.Connection) -> list[Any]:
    """(id, owner, started_at) of every session with no end yet."""
    return connection.execute(
        "SELECT id, owner, started_at FROM sessions WHERE status = 'running'"
    ).fetchall()


def mark_interrupted(connection: sqlite3.Connection, session_ids: Iterable[int]) -> None:
    for session_id in session_ids:
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


# --- reading ----------------------------------------------------------------------------


def select_sessions(
    connection: sqlite3.Connection, *, since: str | None, routine_id: str | None
) -> tuple[SessionRecord, ...]:
    """Sessions oldest first, with their items and "this hurts" events."""
    where, arguments = ["1"], []
    if since is not None:
        where.append("started_at >= ?")
        arguments.append(since)
    if routine_id is not None:
        where.append("routine_id = ?")
        arguments.append(routine_id)
    rows = connection.execute(
        f"""SELECT id, routine_id, routine_title, plan_json, started_at, ended_at, status,
                   pain_before, pain_after, pain_next_day, notes
            FROM sessions WHERE {" AND ".join(where)} ORDER BY started_at, id""",
        arguments,
    ).fetchall()
    return _with_details(connection, rows)


def select_session(connection: sqlite3.Connection, session_id: int) -> SessionRecord | None:
    rows = connection.execute(
        """SELECT id, routine_id, routine_title, plan_json, started_at, ended_at, status,
                  pain_before, pain_after, pain_next_day, notes
           FROM sessions WHERE id = ?""",
        (session_id,),
    ).fetchall()
    found = _with_details(connection, rows)
    return found[0] if found else None


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _with_details(connection: sqlite3.Connection, rows: list[Any]) -> tuple[SessionRecord, ...]:
    if not rows:
        return ()
    ids = [row[0] for row in rows]
    items: dict[int, list[ItemRecord]] = {i: [] for i in ids}
    hurts: dict[int, list[HurtEvent]] = {i: [] for i in ids}
    marks = ",".join("?" * len(ids))
    for row in connection.execute(
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
                recorded_at=from_text(row[13]),
            )
        )
    for row in connection.execute(
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
            ended_at=from_text(row[5]),
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
