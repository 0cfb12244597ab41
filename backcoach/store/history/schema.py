"""The history database's schema, one frozen migration per version (PRAGMA user_version)."""

from __future__ import annotations

import sqlite3

# MIGRATIONS[n] takes a database from version n to n + 1; version 0 is an empty file.
# A released migration is never edited: a change of schema appends a new one, and
# tests/unit/test_history_store.py builds every earlier version from these to migrate it.
MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: the first schema.
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        routine_title TEXT NOT NULL,
        plan_json TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
        owner TEXT NOT NULL,
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        pain_next_day INTEGER CHECK (pain_next_day BETWEEN 0 AND 10),
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sessions_by_start ON sessions (started_at);
    CREATE INDEX sessions_running ON sessions (status) WHERE status = 'running';

    CREATE TABLE session_items (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'partial', 'skipped')),
        planned_sets INTEGER NOT NULL,
        planned_reps INTEGER NOT NULL,
        planned_hold_s REAL,
        planned_duration_s REAL,
        done_sets INTEGER NOT NULL,
        done_reps INTEGER NOT NULL,
        done_hold_s REAL NOT NULL,
        done_duration_s REAL NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (session_id, position)
    );

    CREATE TABLE hurt_events (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        item_position INTEGER,
        exercise_id TEXT NOT NULL,
        sharp INTEGER CHECK (sharp IN (0, 1)),
        spreading INTEGER CHECK (spreading IN (0, 1)),
        stopped_exercise INTEGER NOT NULL CHECK (stopped_exercise IN (0, 1))
    );
    CREATE INDEX hurt_events_by_session ON hurt_events (session_id);

    CREATE TABLE safety_profiles (
        id INTEGER PRIMARY KEY,
        recorded_at TEXT NOT NULL,
        disclaimer_acknowledged_at TEXT,
        clinician_checked_at TEXT,
        osteoporosis_fracture_steroids INTEGER NOT NULL
            CHECK (osteoporosis_fracture_steroids IN (0, 1)),
        pregnancy INTEGER NOT NULL CHECK (pregnancy IN (0, 1)),
        recent_back_surgery INTEGER NOT NULL CHECK (recent_back_surgery IN (0, 1))
    );

    CREATE TABLE safety_red_flags (
        profile_id INTEGER NOT NULL REFERENCES safety_profiles (id) ON DELETE CASCADE,
        flag TEXT NOT NULL,
        present INTEGER NOT NULL CHECK (present IN (0, 1)),
        PRIMARY KEY (profile_id, flag)
    );

    CREATE TABLE progression_decisions (
        id INTEGER PRIMARY KEY,
        proposed_at TEXT NOT NULL,
        routine_id TEXT NOT NULL,
        item_position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('up', 'back')),
        old_dose_json TEXT NOT NULL,
        new_dose_json TEXT NOT NULL,
        reason TEXT NOT NULL,
        based_on_session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        decision TEXT NOT NULL DEFAULT 'proposed'
            CHECK (decision IN ('proposed', 'accepted', 'declined')),
        decided_at TEXT,
        applied_routine_id TEXT
    );
    CREATE INDEX decisions_by_routine ON progression_decisions (routine_id);
    """,
)

CURRENT_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    return int(version)


def migrate(connection: sqlite3.Connection, *, to_version: int = CURRENT_VERSION) -> None:
    """Brings the database up to ``to_version``, each step in its own transaction.

    The connection must be in autocommit mode (isolation_level=None): the transaction is
    ours, so a crash between steps leaves a database at one whole version, never between.
    """
    version = schema_version(connection)
    while version < to_version:
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        version += 1


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT first and escape our transaction; split instead.
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
