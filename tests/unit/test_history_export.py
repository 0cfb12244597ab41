"""CSV export of the history: a header, proper quoting, ISO times, private files."""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from backcoach.model import Dose
from backcoach.store.history import (
    HurtEvent,
    ItemOutcome,
    ItemRecord,
    RoutineSnapshot,
    SessionRecord,
    SessionStatus,
    SnapshotItem,
)
from backcoach.store.history.export import (
    ITEM_COLUMNS,
    SESSION_COLUMNS,
    export_items_csv,
    export_sessions_csv,
    item_rows,
    session_rows,
    write_rows,
)

T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


def record() -> SessionRecord:
    plan = RoutineSnapshot(
        "my, routine",
        'The "best" one',
        (SnapshotItem("bridge", "Bridge", Dose()), SnapshotItem("plank", "Plank", Dose())),
    )
    items = (
        ItemRecord(0, "bridge", "Bridge", ItemOutcome.COMPLETED, 3, 15, 3.0, None, 3, 45, 135.0, 200.0, T0),
        ItemRecord(1, "plank", "Plank", ItemOutcome.SKIPPED, 1, 5, 10.0, None, 0, 0),
    )  # fmt: skip
    return SessionRecord(
        id=7,
        snapshot=plan,
        started_at=T0,
        ended_at=T0 + timedelta(minutes=12, seconds=30),
        status=SessionStatus.STOPPED,
        pain_before=4,
        pain_after=3,
        notes="=HYPERLINK(evil)\nsecond line",
        items=items,
        hurts=(HurtEvent(T0, "plank", 1, sharp=None, spreading=True, stopped_exercise=True),),
    )


def parsed(rows: list[list[str]]) -> list[dict[str, str]]:
    out = io.StringIO(newline="")
    write_rows(rows, out)
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


def test_one_row_per_session_with_a_header() -> None:
    rows = session_rows([record()], timezone(timedelta(hours=1)))
    assert rows[0] == list(SESSION_COLUMNS)
    (row,) = parsed(rows)
    assert row["routine_id"] == "my, routine"
    assert row["routine_title"] == 'The "best" one'
    assert row["started_at"] == "2025-03-03T09:00:00+01:00"
    assert row["ended_at"] == "2025-03-03T09:12:30+01:00"
    assert (row["status"], row["minutes"]) == ("stopped", "12.5")
    assert (row["pain_before"], row["pain_after"], row["pain_next_day"]) == ("4", "3", "")
    assert (row["items_planned"], row["items_completed"], row["items_skipped"]) == ("2", "1", "1")
    assert row["hurt_events"] == "1"
    assert row["notes"] == "'=HYPERLINK(evil)\nsecond line"  # not run as a formula


def test_one_row_per_exercise_item() -> None:
    rows = item_rows([record()])
    assert rows[0] == list(ITEM_COLUMNS)
    first, second = parsed(rows)
    assert (first["session_id"], first["exercise_id"], first["outcome"]) == (
        "7",
        "bridge",
        "completed",
    )
    assert (first["planned_sets"], first["done_reps"], first["planned_hold_s"]) == ("3", "45", "3")
    assert first["planned_duration_s"] == ""
    assert first["recorded_at"] == "2025-03-03T08:00:00+00:00"
    assert (second["outcome"], second["recorded_at"]) == ("skipped", "")


def test_an_empty_history_is_just_the_header(tmp_path: Path) -> None:
    export_sessions_csv([], tmp_path / "s.csv")
    assert (tmp_path / "s.csv").read_bytes() == (",".join(SESSION_COLUMNS) + "\r\n").encode()


def test_files_are_private_and_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "items.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    export_items_csv([record()], target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").startswith("session_id,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["items.csv"]
