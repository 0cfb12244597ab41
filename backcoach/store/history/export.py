"""The history as CSV for a spreadsheet or a physiotherapist: one row per session or per item.

Times are ISO 8601 with their offset, in the timezone given (the user's own by default
of the caller; UTC if none is given). Text cells that a spreadsheet would run as a
formula (starting with = + @ or a tab) get a leading apostrophe, so a note cannot
execute anything when the file is opened.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TextIO

from backcoach.store.history.records import ItemOutcome, SessionRecord

SESSION_COLUMNS = (
    "session_id",
    "routine_id",
    "routine_title",
    "started_at",
    "ended_at",
    "status",
    "minutes",
    "pain_before",
    "pain_after",
    "pain_next_day",
    "items_planned",
    "items_completed",
    "items_partial",
    "items_skipped",
    "hurt_events",
    "notes",
)

ITEM_COLUMNS = (
    "session_id",
    "session_started_at",
    "routine_id",
    "position",
    "exercise_id",
    "exercise_name",
    "outcome",
    "planned_sets",
    "planned_reps",
    "planned_hold_s",
    "planned_duration_s",
    "done_sets",
    "done_reps",
    "done_hold_s",
    "done_duration_s",
    "recorded_at",
)

_FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _time(moment: datetime | None, tz: tzinfo) -> str:
    return "" if moment is None else moment.astimezone(tz).isoformat(timespec="seconds")


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def session_rows(sessions: Iterable[SessionRecord], tz: tzinfo = UTC) -> list[list[str]]:
    rows = [list(SESSION_COLUMNS)]
    for record in sessions:
        outcomes = [item.outcome for item in record.items]
        rows.append(
            [
                str(record.id),
                _text(record.routine_id),
                _text(record.snapshot.title),
                _time(record.started_at, tz),
                _time(record.ended_at, tz),
                record.status.value,
                f"{record.duration_s / 60:.1f}",
                _number(record.pain_before),
                _number(record.pain_after),
                _number(record.pain_next_day),
                str(len(record.snapshot.items)),
                str(outcomes.count(ItemOutcome.COMPLETED)),
                str(outcomes.count(ItemOutcome.PARTIAL)),
                str(outcomes.count(ItemOutcome.SKIPPED)),
                str(len(record.hurts)),
                _text(record.notes),
            ]
        )
    return rows


def item_rows(sessions: Iterable[SessionRecord], tz: tzinfo = UTC) -> list[list[str]]:
    rows = [list(ITEM_COLUMNS)]
    for record in sessions:
        for item in record.items:
            rows.append(
                [
                    str(record.id),
                    _time(record.started_at, tz),
                    _text(record.routine_id),
                    str(item.position),
                    _text(item.exercise_id),
                    _text(item.exercise_name),
                    item.outcome.value,
                    _number(item.planned_sets),
                    _number(item.planned_reps),
                    _number(item.planned_hold_s),
                    _number(item.planned_duration_s),
                    _number(item.done_sets),
                    _number(item.done_reps),
                    _number(item.done_hold_s),
                    _number(item.done_duration_s),
                    _time(item.recorded_at, tz),
                ]
            )
    return rows


def write_rows(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    # QUOTE_MINIMAL quotes commas, quotes and line breaks; \r\n is what RFC 4180 asks.
    csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(rows)


def save_csv(rows: Sequence[Sequence[str]], path: Path) -> None:
    """Writes the file readable by the user only, replacing ``path`` in one step."""
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.fchmod(descriptor, 0o600)  # O_CREAT's mode does not apply to an existing file
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out:
            write_rows(rows, out)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def export_sessions_csv(sessions: Iterable[SessionRecord], path: Path, tz: tzinfo = UTC) -> None:
    save_csv(session_rows(sessions, tz), path)


def export_items_csv(sessions: Iterable[SessionRecord], path: Path, tz: tzinfo = UTC) -> None:
    save_csv(item_rows(sessions, tz), path)
