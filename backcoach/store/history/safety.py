"""The safety profile in SQL: each save of the first-run check appended, with its red flags."""

from __future__ import annotations

import sqlite3

from backcoach.store.history.records import SafetyProfile
from backcoach.store.history.times import from_text, to_text


def insert_profile(connection: sqlite3.Connection, profile: SafetyProfile, recorded: str) -> None:
    acknowledged = profile.disclaimer_acknowledged_at
    checked = profile.clinician_checked_at
    cursor = connection.execute(
        """INSERT INTO safety_profiles (recorded_at, disclaimer_acknowledged_at,
               clinician_checked_at, osteoporosis_fracture_steroids, pregnancy,
               recent_back_surgery) VALUES (?, ?, ?, ?, ?, ?)""",
        (
            recorded,
            None if acknowledged is None else to_text(acknowledged),
            None if checked is None else to_text(checked),
            profile.osteoporosis_fracture_steroids,
            profile.pregnancy,
            profile.recent_back_surgery,
        ),
    )
    connection.executemany(
        "INSERT INTO safety_red_flags (profile_id, flag, present) VALUES (?, ?, ?)",
        [(cursor.lastrowid, flag, bool(p)) for flag, p in profile.red_flags.items()],
    )


def select_profiles(
    connection: sqlite3.Connection, *, limit: int | None
) -> tuple[SafetyProfile, ...]:
    """Every saved profile, oldest first (the last ``limit`` ones if given)."""
    rows = connection.execute(
        """SELECT id, recorded_at, disclaimer_acknowledged_at, clinician_checked_at,
                  osteoporosis_fracture_steroids, pregnancy, recent_back_surgery
           FROM safety_profiles ORDER BY id DESC LIMIT ?""",
        (-1 if limit is None else limit,),
    ).fetchall()
    profiles = []
    for row in reversed(rows):
        flags = dict(
            connection.execute(
                "SELECT flag, present FROM safety_red_flags WHERE profile_id = ? ORDER BY flag",
                (row[0],),
            ).fetchall()
        )
        profiles.append(
            SafetyProfile(
                disclaimer_acknowledged_at=from_text(row[2]),
                red_flags={flag: bool(present) for flag, present in flags.items()},
                clinician_checked_at=from_text(row[3]),
                osteoporosis_fracture_steroids=bool(row[4]),
                pregnancy=bool(row[5]),
                recent_back_surgery=bool(row[6]),
                recorded_at=from_text(row[1]),
            )
        )
    return tuple(profiles)
