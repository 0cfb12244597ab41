"""The session machine's commands, each on a fake clock, with their exact outcomes."""

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
from backcoach.session.cues import CueKind, build_cues
from backcoach.session.machine import (
    CueDue,
    Event,
    SessionEnded,
    SessionMachine,
    State,
    StepStarted,
)
from backcoach.session.plan import Side, Step, StepKind, Timeline, plan_routine

START = 1000.0

LIFT = Exercise(
    id="lift",
    name="Lift",
    category=Category.STRENGTH,
    position=Position.SUPINE,
    purpose="Test.",
    setup=("Lie on your back.",),
    phases=(
        Phase("Lift your hips", Breath.OUT, 2.0),
        Phase("Hold at the top", Breath.NATURAL, hold=True),
        Phase("Lower your hips", Breath.IN, 2.0),
    ),
    dose=Dose(sets=2, reps=3, hold_s=4.0, rest_s=60.0),
    sources=(),
)
REACH = Exercise(
    id="reach",
    name="Reach",
    category=Category.MOBILITY,
    position=Position.SUPINE,
    purpose="Test.",
    setup=("Lie on your back.",),
    phases=(
        Phase("Reach your {side} arm up", Breath.IN, 3.0),
        Phase("Bring it down", Breath.OUT, 3.0),
    ),
    dose=Dose(reps=2, sides=Sides.EACH),
    sources=(),
)
ROUTINE = Routine(
    "test", "Test", "", (RoutineItem("lift"), RoutineItem("reach")), rest_between_s=10.0
)


@pytest.fixture
def timeline() -> Timeline:
    return plan_routine(ROUTINE, {"lift": LIFT, "reach": REACH})


@pytest.fixture
def machine(timeline: Timeline) -> SessionMachine:
    machine = SessionMachine(timeline, build_cues(timeline))
    machine.start(START)
    return machine


def find(timeline: Timeline, **fields: object) -> Step:
    """The first step whose fields have these values."""
    return next(
        s
        for s in timeline.steps
        if all(getattr(s, name) == value for name, value in fields.items())
    )


def run_to(machine: SessionMachine, now: float, since: float = START) -> list[Event]:
    """Ticks every 50 ms from ``since`` up to ``now`` (a fake clock in a hurry)."""
    events: list[Event] = []
    t = since
    while t < now:
        events += machine.tick(t)
        t += 0.05
    return events + machine.tick(now)


def started(events: list[Event]) -> list[Step]:
    return [e.step for e in events if isinstance(e, StepStarted)]


def said(events: list[Event]) -> list[str]:
    return [e.cue.text for e in events if isinstance(e, CueDue)]


# -- pause ----------------------------------------------------------------------------


def test_pause_keeps_the_exact_remaining_time(machine: SessionMachine, timeline: Timeline) -> None:
    hold = find(timeline, kind=StepKind.HOLD, set_no=1, rep_no=2)
    paused_at = START + hold.start + 1.25
    run_to(machine, paused_at)
    assert machine.step is hold
    machine.pause(paused_at)
    assert machine.state is State.PAUSED
    assert machine.step_remaining(paused_at) == pytest.approx(2.75, abs=1e-9)
    # Ten minutes on the floor: nothing is said, nothing moves.
    assert machine.tick(paused_at + 600) == []
    assert machine.step_remaining(paused_at + 600) == pytest.approx(2.75, abs=1e-9)
    assert machine.position(paused_at + 600) == pytest.approx(hold.start + 1.25, abs=1e-9)
    assert machine.elapsed(paused_at + 600) == pytest.approx(hold.start + 1.25, abs=1e-9)
    assert machine.next_deadline() is None
    machine.resume(paused_at + 600)
    assert machine.step_remaining(paused_at + 600) == pytest.approx(2.75, abs=1e-9)
    # The hold ends 2.75 s after the resume, not a moment before.
    assert machine.tick(paused_at + 600 + 2.74) == []
    events = machine.tick(paused_at + 600 + 2.75)
    assert started(events) == [timeline.steps[hold.index + 1]]
    assert events[0].due == pytest.approx(paused_at + 600 + 2.75, abs=1e-9)  # type: ignore[union-attr]
    assert said(events) == ["Breathe in."]


# -- skip -----------------------------------------------------------------------------


def test_skip_lands_on_the_next_block_and_the_next_tick_announces_it(
    machine: SessionMachine, timeline: Timeline
) -> None:
    move = find(timeline, kind=StepKind.MOVE, set_no=1, rep_no=2, phase=0)
    now = START + move.start + 0.5
    run_to(machine, now)
    machine.skip(now)
    rest = find(timeline, kind=StepKind.REST, set_no=2)
    assert machine.step is rest
    assert machine.position(now) == pytest.approx(rest.start, abs=1e-9)
    assert machine.step_remaining(now) == pytest.approx(60.0, abs=1e-9)
    events = machine.tick(now)
    assert isinstance(events[0], StepStarted)
    assert events[0].step is rest and events[0].due == now
    assert said(events) == ["Rest for one minute."]
    # Skipping the rest goes straight to the second set, announced with its count.
    machine.skip(now + 1)
    events = machine.tick(now + 1)
    first = find(timeline, kind=StepKind.MOVE, set_no=2, rep_no=1, phase=0)
    assert started(events) == [first]
    assert said(events) == ["One. Breathe out."]


def test_skip_from_getting_ready_starts_the_first_set(
    machine: SessionMachine, timeline: Timeline
) -> None:
    run_to(machine, START + 1)
    machine.skip(START + 1)
    events = machine.tick(START + 1)
    assert started(events) == [find(timeline, kind=StepKind.MOVE, set_no=1, rep_no=1, phase=0)]
    assert said(events) == ["Breathe out, lift your hips"]


# -- back -----------------------------------------------------------------------------


def test_back_within_three_seconds_goes_to_the_block_before(
    machine: SessionMachine, timeline: Timeline
) -> None:
    second_set = find(timeline, kind=StepKind.MOVE, set_no=2, rep_no=1, phase=0)
    now = START + second_set.start + 2.0
    run_to(machine, now)
    machine.back(now)
    assert machine.step is find(timeline, kind=StepKind.REST, set_no=2)
    assert started(machine.tick(now)) == [machine.step]
    # Again, at once: the rest is a block too, so back goes on to the first set.
    machine.back(now + 0.5)
    assert machine.step is find(timeline, kind=StepKind.MOVE, set_no=1, rep_no=1, phase=0)
    assert machine.position(now + 0.5) == pytest.approx(machine.step.start, abs=1e-9)


def test_back_later_in_a_block_restarts_it(machine: SessionMachine, timeline: Timeline) -> None:
    second_set = find(timeline, kind=StepKind.MOVE, set_no=2, rep_no=1, phase=0)
    now = START + second_set.start + 9.0  # in the second rep
    run_to(machine, now)
    assert machine.step.rep_no == 2
    machine.back(now)
    assert machine.step is second_set
    assert said(machine.tick(now)) == ["One. Breathe out."]


def test_back_while_paused_stays_paused_at_the_start_of_the_block(
    machine: SessionMachine, timeline: Timeline
) -> None:
    second_set = find(timeline, kind=StepKind.MOVE, set_no=2, rep_no=1, phase=0)
    now = START + second_set.start + 9.0
    run_to(machine, now)
    machine.pause(now)
    machine.back(now + 30)
    assert machine.state is State.PAUSED
    assert machine.step is second_set
    assert machine.tick(now + 60) == []
    machine.resume(now + 60)
    assert started(machine.tick(now + 60)) == [second_set]
    assert machine.step_remaining(now + 60) == pytest.approx(second_set.duration, abs=1e-9)


# -- repeat ---------------------------------------------------------------------------


def test_repeat_restarts_the_current_set(machine: SessionMachine, timeline: Timeline) -> None:
    third_rep = find(timeline, kind=StepKind.HOLD, set_no=1, rep_no=3)
    now = START + third_rep.start + 1.0
    run_to(machine, now)
    machine.repeat(now)
    first = find(timeline, kind=StepKind.MOVE, set_no=1, rep_no=1, phase=0)
    assert machine.step is first
    events = machine.tick(now)
    assert started(events) == [first]
    assert said(events) == ["Breathe out, lift your hips"]  # the guided rep again


def test_repeat_in_a_rest_does_the_set_just_done_again(
    machine: SessionMachine, timeline: Timeline
) -> None:
    rest = find(timeline, kind=StepKind.REST, set_no=2)
    now = START + rest.start + 30.0
    run_to(machine, now)
    machine.repeat(now)
    assert machine.step is find(timeline, kind=StepKind.MOVE, set_no=1, rep_no=1, phase=0)
    assert machine.position(now) == pytest.approx(machine.step.start, abs=1e-9)


def test_repeat_while_getting_ready_says_the_instructions_again(
    machine: SessionMachine, timeline: Timeline
) -> None:
    first_events = run_to(machine, START + 5.0)
    machine.repeat(START + 5.0)
    assert machine.step is timeline.steps[0]
    again = machine.tick(START + 5.0)
    assert said(again) == said(first_events)[:1]  # the intro line, said at the step's start
    assert said(again)[0].startswith("Lift. Two sets of three")


def test_repeat_on_the_second_side_repeats_that_side(
    machine: SessionMachine, timeline: Timeline
) -> None:
    right = find(timeline, kind=StepKind.MOVE, exercise_id="reach", side=Side.RIGHT, rep_no=2)
    now = START + right.start + 1
    run_to(machine, now)
    machine.repeat(now)
    assert machine.step is find(
        timeline, kind=StepKind.MOVE, exercise_id="reach", side=Side.RIGHT, rep_no=1, phase=0
    )


def test_repeat_with_sides_in_turn_repeats_this_side_not_the_whole_exercise() -> None:
    """Alternating knee hugs are one set of six turns: R does the turn under way again."""
    hug = Exercise(
        id="hug",
        name="Hug",
        category=Category.STRETCH,
        position=Position.SUPINE,
        purpose="Test.",
        setup=("Lie on your back.",),
        phases=(
            Phase("Hug your {side} knee", Breath.OUT, 3.0),
            Phase("Hold it", Breath.NATURAL, hold=True),
            Phase("Let it go", Breath.IN, 3.0),
        ),
        dose=Dose(reps=3, hold_s=20.0, sides=Sides.ALTERNATE),
        sources=(),
    )
    timeline = plan_routine(Routine("hugs", "Hugs", "", (RoutineItem("hug"),)), {"hug": hug})
    machine = SessionMachine(timeline, build_cues(timeline))
    machine.start(START)
    hold = find(timeline, kind=StepKind.HOLD, side=Side.LEFT, rep_no=2)
    now = START + hold.start + 5.0
    run_to(machine, now)
    machine.repeat(now)
    assert machine.step is find(timeline, kind=StepKind.MOVE, side=Side.LEFT, rep_no=2)
    # Skip and back move by the same turns: on to the right side, and back again.
    machine.skip(now)
    assert machine.step is find(timeline, kind=StepKind.MOVE, side=Side.RIGHT, rep_no=2)
    machine.back(now)
    assert machine.step is find(timeline, kind=StepKind.MOVE, side=Side.LEFT, rep_no=2)


# -- extend_rest ----------------------------------------------------------------------


def test_extend_rest_moves_the_end_and_the_countdown_not_what_was_said(
    machine: SessionMachine, timeline: Timeline
) -> None:
    rest = find(timeline, kind=StepKind.REST, set_no=2)
    begin = START + rest.start
    events = run_to(machine, begin + 10.0)
    assert said(events)[-2:] == ["Rest for one minute.", "Last set next."]
    machine.extend_rest(15.0, begin + 10.0)
    assert machine.step_remaining(begin + 10.0) == pytest.approx(65.0, abs=1e-9)
    later = run_to(machine, begin + 75.0, since=begin + 10.05)
    cues = {e.cue.text: e.due for e in later if isinstance(e, CueDue)}
    assert cues["Halfway."] == pytest.approx(begin + 30.0, abs=1e-9)  # from the start: stays
    assert cues["Three."] == pytest.approx(begin + 72.0, abs=1e-9)
    assert cues["Two."] == pytest.approx(begin + 73.0, abs=1e-9)
    assert cues["One."] == pytest.approx(begin + 74.0, abs=1e-9)
    assert "Rest for one minute." not in cues  # never said twice
    assert started(later) == [find(timeline, kind=StepKind.MOVE, set_no=2, rep_no=1, phase=0)]
    assert [e.due for e in later if isinstance(e, StepStarted)] == [pytest.approx(begin + 75.0)]


def test_extend_rest_during_the_countdown_does_not_count_again(
    machine: SessionMachine, timeline: Timeline
) -> None:
    rest = find(timeline, kind=StepKind.REST, set_no=2)
    begin = START + rest.start
    assert said(run_to(machine, begin + 58.5))[-2:] == ["Three.", "Two."]
    machine.extend_rest(15.0, begin + 58.5)
    later = run_to(machine, begin + 75.0, since=begin + 58.55)
    assert said(later)[:1] == ["One."]
    assert next(e.due for e in later if isinstance(e, CueDue)) == pytest.approx(begin + 74.0)


def test_extend_rest_twice_adds_up_and_the_rest_of_the_session_follows(
    machine: SessionMachine, timeline: Timeline
) -> None:
    rest = find(timeline, kind=StepKind.REST, set_no=2)
    run_to(machine, START + rest.start + 1)
    machine.extend_rest(15.0, START + rest.start + 1)
    machine.extend_rest(15.0, START + rest.start + 2)
    events = run_to(machine, START + timeline.total_s + 30.0, since=START + rest.start + 1.05)
    ended = [e for e in events if isinstance(e, SessionEnded)]
    assert len(ended) == 1 and ended[0].summary.finished
    done = started(events)[-1]
    assert done.kind is StepKind.DONE
    due = [e.due for e in events if isinstance(e, StepStarted)][-1]
    assert due == pytest.approx(START + timeline.total_s + 30.0, abs=1e-9)


# -- stop and the summary --------------------------------------------------------------


def test_stop_records_what_was_done(machine: SessionMachine, timeline: Timeline) -> None:
    transition = find(timeline, kind=StepKind.TRANSITION)
    now = START + transition.start + 1
    run_to(machine, now)  # the first exercise, all of it
    machine.pause(now)
    machine.resume(now + 100)  # a 100 s pause
    left = find(
        timeline, kind=StepKind.MOVE, exercise_id="reach", side=Side.LEFT, rep_no=1, phase=0
    )
    now = now + 100 + (left.start - transition.start - 1) + 0.5
    run_to(machine, now, since=now - 0.5)
    machine.skip(now)  # the left side, skipped
    assert machine.step.kind is StepKind.SWITCH
    machine.tick(now)
    machine.stop(now + 2)
    assert machine.state is State.STOPPED
    events = machine.tick(now + 5)
    assert len(events) == 1 and isinstance(events[0], SessionEnded)
    summary = events[0].summary
    assert summary.routine_id == "test"
    assert summary.completed_items == (0,)
    assert summary.skipped_items == (1,)
    assert summary.finished is False
    assert summary.active_s == pytest.approx(now + 2 - START - 100, abs=1e-9)
    assert summary.planned_s == timeline.total_s
    # Stopped means stopped: no second summary, no commands, the clock frozen.
    machine.stop(now + 10)
    machine.skip(now + 10)
    assert machine.tick(now + 10_000) == []
    assert machine.elapsed(now + 10_000) == pytest.approx(summary.active_s, abs=1e-9)
    assert machine.summary(now + 10_000) == summary


def test_a_full_run_completes_every_item(machine: SessionMachine, timeline: Timeline) -> None:
    events = run_to(machine, START + timeline.total_s + 1)
    ended = [e for e in events if isinstance(e, SessionEnded)]
    assert len(ended) == 1
    summary = ended[0].summary
    assert summary.finished is True
    assert summary.completed_items == (0, 1)
    assert summary.skipped_items == ()
    assert summary.active_s == pytest.approx(timeline.total_s, abs=1e-9)
    assert machine.state is State.FINISHED
    assert machine.progress(START + timeline.total_s + 1) == 1.0
    assert said(events)[-1].startswith("That is the end of the session. Well done: two exercises")


def test_summary_while_running_counts_up_to_now(machine: SessionMachine) -> None:
    run_to(machine, START + 10)
    assert machine.summary(START + 10).active_s == pytest.approx(10.0)
    assert machine.summary(START + 10).finished is False


def test_next_deadline_is_the_next_thing_to_say(
    machine: SessionMachine, timeline: Timeline
) -> None:
    assert machine.next_deadline() == START  # the first step, not yet announced
    machine.tick(START)
    cues = [c for c in machine.cues if c.step == 0]
    assert machine.next_deadline() == pytest.approx(START + cues[1].at)
    run_to(machine, START + timeline.steps[0].end - 0.5)
    assert machine.next_deadline() == pytest.approx(START + timeline.steps[0].end)


# -- calls that do not apply -------------------------------------------------------------


def state_of(machine: SessionMachine, now: float) -> tuple[object, ...]:
    return (
        machine.state,
        machine.step.index,
        machine.position(now),
        machine.step_remaining(now),
        machine.elapsed(now),
        machine.next_deadline(),
    )


def test_calls_before_the_start_do_nothing(timeline: Timeline) -> None:
    machine = SessionMachine(timeline, build_cues(timeline))
    before = state_of(machine, 5.0)
    for call in (
        machine.pause,
        machine.resume,
        machine.skip,
        machine.back,
        machine.repeat,
        machine.stop,
    ):
        call(5.0)
    machine.extend_rest(15.0, 5.0)
    assert state_of(machine, 5.0) == before
    assert machine.tick(5.0) == []
    assert machine.state is State.READY


def test_calls_that_do_not_apply_while_running_do_nothing(
    machine: SessionMachine, timeline: Timeline
) -> None:
    move = find(timeline, kind=StepKind.MOVE, set_no=1, rep_no=2, phase=0)
    now = START + move.start + 0.5
    run_to(machine, now)
    before = state_of(machine, now)
    machine.start(now)  # a second start does not restart the clock
    machine.resume(now)  # not paused
    machine.extend_rest(15.0, now)  # not a rest
    machine.extend_rest(-5.0, now)
    assert state_of(machine, now) == before
    machine.pause(now)
    machine.pause(now + 50)  # already paused: the first pause counts
    machine.resume(now + 60)
    assert machine.elapsed(now + 60) == pytest.approx(move.start + 0.5, abs=1e-9)


def test_calls_after_the_end_do_nothing(machine: SessionMachine, timeline: Timeline) -> None:
    end = START + timeline.total_s
    run_to(machine, end)
    assert machine.state is State.FINISHED
    before = state_of(machine, end + 100)
    for call in (
        machine.start,
        machine.pause,
        machine.resume,
        machine.skip,
        machine.back,
        machine.repeat,
        machine.stop,
    ):
        call(end + 100)
    machine.extend_rest(15.0, end + 100)
    assert state_of(machine, end + 100) == before
    assert machine.tick(end + 200) == []


def test_a_cue_list_needs_no_particular_order(timeline: Timeline) -> None:
    cues = build_cues(timeline)
    machine = SessionMachine(timeline, list(reversed(cues)))
    machine.start(0.0)
    events = run_to(machine, timeline.total_s, since=0.0)
    assert [e.cue for e in events if isinstance(e, CueDue)] == cues
    assert any(e.cue.kind is CueKind.SWITCH for e in events if isinstance(e, CueDue))
