"""What the summary says was done: sets, reps, holds and minutes as really run, per exercise."""

from __future__ import annotations

import pytest

from backcoach.model import (
    Breath,
    Category,
    Dose,
    Exercise,
    Phase,
    Position,
    Routine,
    RoutineItem,
    Sides,
)
from backcoach.session.machine import SessionMachine, SessionSummary
from backcoach.session.plan import Side, Step, StepKind, Timeline, plan_routine
from backcoach.session.tally import ItemTally, Outcome, StepLog, tally

START = 500.0


def _exercise(id_: str, phases: tuple[Phase, ...], dose: Dose) -> Exercise:
    return Exercise(
        id=id_,
        name=id_.title(),
        category=Category.STRENGTH,
        position=Position.SUPINE,
        purpose="Test.",
        setup=("Lie on your back.",),
        phases=phases,
        dose=dose,
        sources=(),
    )


LIFT = Phase("Lift your hips", Breath.OUT, 2.0)
HOLD = Phase("Hold", Breath.NATURAL, hold=True)
LOWER = Phase("Lower your hips", Breath.IN, 2.0)
EXERCISES = {
    "bridge": _exercise("bridge", (LIFT, HOLD, LOWER), Dose(sets=3, reps=3, hold_s=5.0)),
    "catcow": _exercise("catcow", (LIFT, LOWER), Dose(reps=10)),
    "plank": _exercise("plank", (HOLD,), Dose(hold_s=30.0)),
    "legs": _exercise(
        "legs",
        (Phase("Lift your {side} leg", Breath.OUT, 2.0), LOWER),
        Dose(reps=2, sides=Sides.EACH),
    ),
    "walk": _exercise("walk", (Phase("Walk", Breath.NATURAL, 1.0),), Dose(duration_s=600.0)),
}
ROUTINE = Routine(
    "mixed",
    "Mixed",
    "",
    tuple(RoutineItem(id_) for id_ in EXERCISES),
    rest_between_s=10.0,
)


@pytest.fixture
def timeline() -> Timeline:
    return plan_routine(ROUTINE, EXERCISES)


@pytest.fixture
def machine(timeline: Timeline) -> SessionMachine:
    machine = SessionMachine(timeline, [])
    machine.start(START)
    return machine


def find(timeline: Timeline, **fields: object) -> Step:
    return next(
        s
        for s in timeline.steps
        if all(getattr(s, name) == value for name, value in fields.items())
    )


def at(machine: SessionMachine, step: Step, into: float = 0.0) -> float:
    """Runs the session (no jumps since the start) to ``into`` seconds into ``step``."""
    now = START + step.start + into
    machine.tick(now)
    assert machine.step is step
    return now


def item(summary: SessionSummary, exercise_id: str) -> ItemTally:
    return next(tally for tally in summary.items if tally.exercise_id == exercise_id)


def test_stopped_in_the_third_set_counts_two_sets_and_the_reps_done(
    machine: SessionMachine, timeline: Timeline
) -> None:
    hold = find(timeline, exercise_id="bridge", kind=StepKind.HOLD, set_no=3, rep_no=2)
    now = at(machine, hold, into=2.0)
    machine.stop(now)
    summary = machine.summary()
    bridge = item(summary, "bridge")
    assert (bridge.outcome, bridge.planned_sets, bridge.done_sets) == (Outcome.PARTLY, 3, 2)
    assert (bridge.planned_reps, bridge.done_reps) == (9, 7)
    assert bridge.planned_hold_s == 45.0
    assert bridge.done_hold_s == pytest.approx(7 * 5.0 + 2.0)  # the hold cut short counts part
    assert [t.outcome for t in summary.items[1:]] == [Outcome.NOT_STARTED] * 4
    assert not summary.finished and not summary.complete


def test_a_skip_counts_what_was_done_before_it_and_a_skip_at_once_counts_nothing(
    machine: SessionMachine, timeline: Timeline
) -> None:
    ninth = find(timeline, exercise_id="catcow", kind=StepKind.MOVE, rep_no=9, phase=0)
    now = at(machine, ninth, into=0.5)
    machine.skip(now)  # eight of ten done
    assert machine.step.kind is StepKind.TRANSITION
    plank = find(timeline, exercise_id="plank", kind=StepKind.HOLD)
    machine.skip(now)  # the rest before the plank
    machine.skip(now)  # its prepare
    assert machine.step is plank
    machine.tick(now + 0.2)
    machine.skip(now + 0.2)  # the plank, at once
    summary = machine.summary(now + 0.2)
    catcow = item(summary, "catcow")
    assert (catcow.outcome, catcow.done_reps, catcow.planned_reps) == (Outcome.PARTLY, 8, 10)
    assert (catcow.done_sets, catcow.planned_sets) == (0, 1)
    assert item(summary, "plank").outcome is Outcome.SKIPPED
    assert item(summary, "bridge").outcome is Outcome.COMPLETED


def test_a_walk_stopped_after_six_minutes_says_six_minutes(
    machine: SessionMachine, timeline: Timeline
) -> None:
    walk = find(timeline, exercise_id="walk", kind=StepKind.ACTIVITY)
    now = at(machine, walk, into=360.0)
    machine.pause(now)
    machine.stop(now + 100)  # a pause before stopping adds nothing
    walked = item(machine.summary(), "walk")
    assert walked.timed and walked.outcome is Outcome.PARTLY
    assert (walked.done_work_s, walked.planned_work_s) == (pytest.approx(360.0), 600.0)
    assert walked.planned_reps == 0


def test_while_running_the_step_under_way_counts_as_far_as_it_has_run(
    machine: SessionMachine, timeline: Timeline
) -> None:
    plank = find(timeline, exercise_id="plank", kind=StepKind.HOLD)
    now = at(machine, plank, into=12.0)
    assert item(machine.summary(now), "plank").done_hold_s == pytest.approx(12.0)
    assert item(machine.summary(now + 5), "plank").done_hold_s == pytest.approx(17.0)
    assert item(machine.summary(now), "plank").outcome is Outcome.PARTLY


def test_sides_count_apart_and_a_set_done_again_counts_once(
    machine: SessionMachine, timeline: Timeline
) -> None:
    switch = find(timeline, exercise_id="legs", kind=StepKind.SWITCH)
    now = at(machine, switch, into=1.0)
    legs = item(machine.summary(now), "legs")
    assert (legs.done_reps, legs.planned_reps, legs.outcome) == (2, 4, Outcome.PARTLY)
    machine.repeat(now)  # the left side again
    assert machine.step.side is Side.LEFT
    end = START + timeline.total_s + 1000
    machine.tick(end)
    summary = machine.summary()
    assert summary.finished and summary.complete
    legs = item(summary, "legs")
    assert (legs.done_reps, legs.done_sets, legs.outcome) == (4, 1, Outcome.COMPLETED)


def test_finished_with_a_set_skipped_is_not_complete(
    machine: SessionMachine, timeline: Timeline
) -> None:
    second_set = find(timeline, exercise_id="bridge", kind=StepKind.MOVE, set_no=2, rep_no=1)
    now = at(machine, second_set, into=0.5)
    machine.skip(now)
    machine.tick(now + timeline.total_s)
    summary = machine.summary()
    assert summary.finished and not summary.complete
    bridge = item(summary, "bridge")
    assert (bridge.outcome, bridge.done_sets) == (Outcome.PARTLY, 2)
    assert [t.outcome for t in summary.items[1:]] == [Outcome.COMPLETED] * 4


def test_an_untouched_log_says_nothing_started(timeline: Timeline) -> None:
    tallies = tally(timeline, StepLog())
    assert [t.item for t in tallies] == list(range(len(EXERCISES)))
    assert {t.outcome for t in tallies} == {Outcome.NOT_STARTED}
    assert sum(t.planned_reps for t in tallies) == 9 + 10 + 1 + 4
