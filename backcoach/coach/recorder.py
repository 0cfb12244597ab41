"""A session written to the history as it happens: a crash loses at most the item under way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from backcoach.session.machine import SessionSummary
from backcoach.session.plan import Timeline
from backcoach.session.tally import ItemTally, Outcome
from backcoach.store.history import (
    HistoryStore,
    HurtEvent,
    ItemOutcome,
    ItemRecord,
    PainMoment,
    RoutineSnapshot,
    SessionStatus,
    SnapshotItem,
)

_OUTCOMES = {
    Outcome.COMPLETED: ItemOutcome.COMPLETED,
    Outcome.PARTLY: ItemOutcome.PARTIAL,
    Outcome.SKIPPED: ItemOutcome.SKIPPED,
}


def snapshot_of(timeline: Timeline) -> RoutineSnapshot:
    """The plan as it was that day: each item's exercise and the dose the session used."""
    return RoutineSnapshot(
        routine_id=timeline.routine.id,
        title=timeline.routine.title,
        items=tuple(
            SnapshotItem(item.exercise.id, item.exercise.name, item.dose) for item in timeline.items
        ),
    )


def item_record(timeline: Timeline, done: ItemTally) -> ItemRecord | None:
    """The history's row for one item; None for an item the session never reached."""
    outcome = _OUTCOMES.get(done.outcome)
    if outcome is None:
        return None
    item = timeline.items[done.item]
    dose = item.dose
    return ItemRecord(
        position=done.item,
        exercise_id=item.exercise.id,
        exercise_name=item.exercise.name,
        outcome=outcome,
        planned_sets=dose.sets,
        planned_reps=dose.reps,
        planned_hold_s=dose.hold_s,
        planned_duration_s=dose.duration_s,
        done_sets=done.done_sets,
        done_reps=done.done_reps,
        done_hold_s=done.done_hold_s,
        done_duration_s=done.done_work_s if done.timed else 0.0,
    )


class SessionRecorder:
    """One session's record. The row is written when the session really starts (after the
    get-ready countdown; a session abandoned before it leaves nothing), each item as the
    session moves past it, and the end with its status. The pain score given during the
    countdown waits for the row."""

    def __init__(
        self, store: HistoryStore, timeline: Timeline, wall_clock: Callable[[], datetime]
    ) -> None:
        self.store = store
        self.timeline = timeline
        self.wall_clock = wall_clock
        self.session_id: int | None = None
        self.finished = False
        self._pain_before: int | None = None
        self._written: dict[int, ItemRecord] = {}

    def begin(self) -> int:
        if self.session_id is None:
            self.session_id = self.store.start_session(
                snapshot_of(self.timeline), self.wall_clock()
            )
            if self._pain_before is not None:
                self.store.record_pain(self.session_id, PainMoment.BEFORE, self._pain_before)
        return self.session_id

    def pain(self, moment: PainMoment, value: int) -> None:
        """A check-in score; the score before the session is kept until its row exists."""
        if moment is PainMoment.BEFORE and self.session_id is None:
            self._pain_before = value
            return
        self.store.record_pain(self.begin(), moment, value)

    def progress(self, summary: SessionSummary) -> None:
        """Writes the items whose record changed since the last call (one or two rows each
        time the session moves on: cheap enough for every step)."""
        session_id = self.begin()
        for done in summary.items:
            record = item_record(self.timeline, done)
            if record is not None and self._written.get(done.item) != record:
                self.store.record_item(session_id, record)
                self._written[done.item] = record

    def hurt(
        self,
        item: int | None,
        *,
        sharp: bool | None,
        spreading: bool | None,
        stopped: bool,
    ) -> None:
        exercise_id = self.timeline.items[item].exercise.id if item is not None else ""
        event = HurtEvent(self.wall_clock(), exercise_id, item, sharp, spreading, stopped)
        self.store.record_hurt(self.begin(), event)

    def finish(self, summary: SessionSummary) -> None:
        if self.finished:
            return
        self.progress(summary)
        status = SessionStatus.COMPLETED if summary.finished else SessionStatus.STOPPED
        self.store.finish_session(self.begin(), status, self.wall_clock())
        self.finished = True
