"""The history a session leaves: its row at the start, each item as it passes, the end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from backcoach.coach.recorder import SessionRecorder
from backcoach.model import Breath, Category, Dose, Exercise, Phase, Position, Routine, RoutineItem
from backcoach.session.cues import build_cues
from backcoach.session.machine import SessionMachine
from backcoach.session.plan import StepKind, plan_routine
from backcoach.store.history import (
    HistoryStore,
    ItemOutcome,
    PainMoment,
    SessionStatus,
)

BRIDGE = Exercise(
    id="bridge",
    name="Bridge",
    category=Category.STRENGTH,
    position=Position.SUPINE,
    purpose="Test.",
    setup=("Lie on your back.",),
    phases=(
        Phase("Lift your hips", Breath.OUT, 2.0),
        Phase("Hold", Breath.NATURAL, hold=True),
        Phase("Lower your hips", Breath.IN, 2.0),
    ),
    dose=Dose(sets=2, reps=3, hold_s=5.0, rest_s=10.0),
    sources=(),
)
TILT = Exercise(
    id="tilt",
    name="Pelvic tilt",
    category=Category.MOBILITY,
    position=Position.SUPINE,
    purpose="Test.",
    setup=("Lie on your back.",),
    phases=(Phase("Tilt", Breath.OUT, 2.0), Phase("Release", Breath.IN, 2.0)),
    dose=Dose(reps=5),
    sources=(),
)
EXERCISES = {"bridge": BRIDGE, "tilt": TILT}
ROUTINE = Routine(
    "two", "Two", "", (RoutineItem("bridge"), RoutineItem("tilt")), rest_between_s=10.0
)
T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


class WallClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def session() -> tuple[SessionMachine, SessionRecorder, HistoryStore, WallClock]:
    timeline = plan_routine(ROUTINE, EXERCISES)
    machine = SessionMachine(timeline, build_cues(timeline))
    store = HistoryStore.in_memory_only(clock=lambda: T0)
    wall = WallClock()
    return machine, SessionRecorder(store, timeline, wall), store, wall


def test_nothing_is_written_before_the_session_begins() -> None:
    _machine, recorder, store, _wall = session()
    recorder.pain(PainMoment.BEFORE, 4)  # given during the countdown
    assert store.sessions() == ()
    recorder.begin()
    [record] = store.sessions()
    assert record.status is SessionStatus.RUNNING and record.pain_before == 4
    assert record.started_at == T0
    assert [item.exercise_id for item in record.snapshot.items] == ["bridge", "tilt"]
    assert record.snapshot.items[0].dose == BRIDGE.dose


def test_items_are_kept_as_the_session_passes_them_and_the_end_completes_it() -> None:
    machine, recorder, store, wall = session()
    machine.start(0.0)
    recorder.begin()
    first_of_tilt = next(
        s for s in machine.timeline.steps if s.item == 1 and s.kind is StepKind.MOVE
    )
    machine.tick(first_of_tilt.start)
    recorder.progress(machine.summary(first_of_tilt.start))
    # Killed here, the history already holds the whole bridge.
    [running] = store.sessions()
    assert running.status is SessionStatus.RUNNING
    [bridge] = running.items
    assert (bridge.outcome, bridge.done_sets, bridge.done_reps) == (ItemOutcome.COMPLETED, 2, 6)
    assert bridge.done_hold_s == 30.0 and bridge.planned_reps == 3
    machine.tick(machine.timeline.total_s + 1)
    wall.now = T0 + timedelta(minutes=3)
    recorder.finish(machine.summary())
    recorder.pain(PainMoment.AFTER, 2)
    [done] = store.sessions()
    assert done.status is SessionStatus.COMPLETED and done.ended_at == wall.now
    assert [i.outcome for i in done.items] == [ItemOutcome.COMPLETED, ItemOutcome.COMPLETED]
    assert done.items[1].done_reps == 5
    assert (done.pain_before, done.pain_after) == (None, 2)


def test_a_stopped_session_keeps_what_was_done_and_what_was_skipped() -> None:
    machine, recorder, store, _wall = session()
    machine.start(0.0)
    recorder.begin()
    steps = machine.timeline.steps
    first_rep_end = max(s.end for s in steps if (s.item, s.set_no, s.rep_no) == (0, 1, 1)) + 0.5
    machine.tick(first_rep_end)
    machine.skip(first_rep_end)  # the rest of this set
    machine.stop(first_rep_end)
    recorder.hurt(0, sharp=True, spreading=False, stopped=True)
    recorder.finish(machine.summary(first_rep_end))
    [record] = store.sessions()
    assert record.status is SessionStatus.STOPPED
    [bridge] = record.items  # the tilt was never reached: no row
    assert bridge.outcome is ItemOutcome.PARTIAL and bridge.done_sets == 0
    assert bridge.done_reps == 1
    [hurt] = record.hurts
    assert (hurt.exercise_id, hurt.sharp, hurt.spreading, hurt.stopped_exercise) == (
        "bridge",
        True,
        False,
        True,
    )


def test_an_unfinished_session_is_found_interrupted_next_time(tmp_path: Path) -> None:
    """The process dies mid-session: the next start marks it interrupted, its items kept."""
    timeline = plan_routine(ROUTINE, EXERCISES)
    machine = SessionMachine(timeline, build_cues(timeline))
    path = tmp_path / "history.sqlite3"
    store = HistoryStore.open(path, clock=lambda: T0)
    recorder = SessionRecorder(store, timeline, WallClock())
    machine.start(0.0)
    recorder.begin()
    middle = timeline.items[1].first_step
    machine.tick(timeline.steps[middle].start)
    recorder.progress(machine.summary(timeline.steps[middle].start))
    store.close()  # no finish: as if killed
    reopened = HistoryStore.open(path, clock=lambda: T0, is_owner_alive=lambda *_: False)
    [record] = reopened.sessions()
    assert record.status is SessionStatus.INTERRUPTED
    assert [item.exercise_id for item in record.items] == ["bridge"]
    reopened.close()
