"""Whole sessions written straight into a history, as if they had been played."""

from __future__ import annotations

from datetime import datetime, timedelta

from backcoach.coach.progression import current_dose
from backcoach.content.library import Library
from backcoach.model import Routine
from backcoach.store.history import (
    HistoryStore,
    ItemOutcome,
    ItemRecord,
    PainMoment,
    RoutineSnapshot,
    SessionStatus,
)


def record_completed_session(
    store: HistoryStore,
    library: Library,
    routine: Routine,
    start: datetime,
    *,
    after: int,
    before: int = 2,
    next_day: int | None = None,
) -> int:
    """A whole session of ``routine`` begun at ``start``, every item completed."""
    session_id = store.start_session(
        RoutineSnapshot.from_routine(routine, library.exercises), started_at=start
    )
    store.record_pain(session_id, PainMoment.BEFORE, before)
    for position, item in enumerate(routine.items):
        dose = current_dose(routine, position, library.exercises)
        store.record_item(
            session_id,
            ItemRecord(
                position,
                item.exercise_id,
                library.exercises[item.exercise_id].name,
                ItemOutcome.COMPLETED,
                dose.sets,
                dose.reps,
                dose.hold_s,
                dose.duration_s,
                dose.sets,
                dose.sets * dose.reps,
            ),
        )
    store.finish_session(session_id, SessionStatus.COMPLETED, start + timedelta(minutes=15))
    store.record_pain(session_id, PainMoment.AFTER, after)
    if next_day is not None:
        store.record_pain(session_id, PainMoment.NEXT_DAY, next_day)
    return session_id
