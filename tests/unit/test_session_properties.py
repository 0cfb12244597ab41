"""Properties of the session engine over generated exercises and routines (hypothesis)."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcoach.model import (
    Breath,
    Category,
    Dose,
    DoseOverride,
    Exercise,
    Phase,
    Position,
    Routine,
    RoutineItem,
    Sides,
)
from backcoach.session.cues import Cue, CueKind, Priority, build_cues
from backcoach.session.machine import (
    CueDue,
    Event,
    SessionEnded,
    SessionMachine,
    State,
    StepStarted,
)
from backcoach.session.overlap import resolve_overlaps
from backcoach.session.plan import (
    PlanOptions,
    Side,
    StepKind,
    Timeline,
    Verbosity,
    plan_routine,
)

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORK = (StepKind.MOVE, StepKind.HOLD, StepKind.ACTIVITY)

# -- strategies: valid content, as the content checker would accept it -----------------

PLAIN_ACTIONS = (
    "Lift your hips",
    "Lower slowly",
    "Reach long",
    "Curl up",
    "Rest for a moment",
    "Breathe and settle",
    "Hold the stretch",
    "Relax back to the start",
)
SIDED_ACTIONS = (
    "Lift your {side} leg",
    "Raise your {side} arm and {other} leg",
    "Turn towards the {side}",
    "Bring your {side} knee to your chest",
)
DETAILS = ("", "Keep your back flat.", "Shoulders stay down and relaxed on the floor.")
SETUP = (
    "Lie on your back.",
    "Knees bent, feet flat on the floor, hip-width apart.",
    "Hands under your shoulders.",
)

seconds = st.floats(0.5, 6.0, allow_nan=False)
# The clock's irregular ticks come from a seeded generator: hypothesis picks the seed.
seeds = st.integers(0, 2**32 - 1)


@st.composite
def phase_lists(draw: st.DrawFn, sided: bool) -> tuple[Phase, ...]:
    actions = SIDED_ACTIONS + PLAIN_ACTIONS if sided else PLAIN_ACTIONS
    moves = [
        Phase(
            draw(st.sampled_from(actions)),
            draw(st.sampled_from(Breath)),
            draw(seconds),
            detail=draw(st.sampled_from(DETAILS)),
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    if draw(st.booleans()):
        # At most one hold, breathing naturally, anywhere in the rep.
        hold = Phase(
            draw(st.sampled_from(actions)),
            Breath.NATURAL,
            hold=True,
            detail=draw(st.sampled_from(DETAILS)),
        )
        moves.insert(draw(st.integers(0, len(moves))), hold)
    return tuple(moves)


@st.composite
def exercises(draw: st.DrawFn, number: int) -> Exercise:
    position = draw(st.sampled_from(Position))
    if draw(st.integers(0, 5)) == 0:
        dose = Dose(duration_s=draw(st.floats(60.0, 240.0)))
        phases: tuple[Phase, ...] = ()
    else:
        sides = draw(st.sampled_from(Sides))
        phases = draw(phase_lists(sided=sides is not Sides.NONE))
        has_hold = any(phase.hold for phase in phases)
        dose = Dose(
            sets=draw(st.integers(1, 3)),
            reps=draw(st.integers(1, 4)),
            hold_s=draw(st.floats(1.0, 30.0)) if has_hold else None,
            rest_s=draw(st.floats(0.0, 40.0)),
            sides=sides,
        )
    return Exercise(
        id=f"ex-{number}",
        name=f"Exercise {number}",
        category=Category.STRENGTH,
        position=position,
        purpose="Generated.",
        setup=tuple(draw(st.lists(st.sampled_from(SETUP), max_size=3))),
        phases=phases,
        dose=dose,
        sources=(),
        tips=tuple(draw(st.lists(st.sampled_from(DETAILS[1:]), max_size=2))),
    )


def uses_sides(exercise: Exercise) -> bool:
    return any("{" in phase.action or "{" in phase.detail for phase in exercise.phases)


@st.composite
def overrides(draw: st.DrawFn, exercise: Exercise) -> DoseOverride:
    """A routine's change of dose, within what the routine checker accepts."""
    if exercise.dose.is_timed_activity:
        return DoseOverride(duration_s=draw(st.none() | st.floats(60.0, 180.0)))
    has_hold = any(phase.hold for phase in exercise.phases)
    sides = st.sampled_from([Sides.EACH, Sides.ALTERNATE] if uses_sides(exercise) else Sides)
    return DoseOverride(
        sets=draw(st.none() | st.integers(1, 3)),
        reps=draw(st.none() | st.integers(1, 4)),
        hold_s=draw(st.none() | st.floats(1.0, 30.0)) if has_hold else None,
        rest_s=draw(st.none() | st.floats(0.0, 40.0)),
        sides=draw(st.none() | sides),
    )


@dataclass(frozen=True)
class Session:
    timeline: Timeline
    cues: list[Cue]


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    pool = [draw(exercises(number)) for number in range(draw(st.integers(1, 3)))]
    items = []
    for _ in range(draw(st.integers(1, 3))):
        exercise = draw(st.sampled_from(pool))  # repeats test "first time" verbosity
        items.append(RoutineItem(exercise.id, draw(overrides(exercise))))
    routine = Routine(
        id="generated",
        title="Generated",
        description="",
        items=tuple(items),
        rest_between_s=draw(st.sampled_from([0.0, 1.0, 7.5, 30.0])),
    )
    options = PlanOptions(verbosity=draw(st.sampled_from(Verbosity)))
    timeline = plan_routine(routine, {e.id: e for e in pool}, options)
    return Session(timeline, build_cues(timeline))


# -- a fake clock that ticks late -------------------------------------------------------


def tick_times(rng: random.Random, start: float, until: float) -> Iterator[float]:
    """Ticks from ``start`` past ``until``: irregular gaps, some long stalls."""
    now = start
    while now <= until:
        yield now
        now += rng.uniform(0.01, 0.8) + (rng.uniform(1.0, 5.0) if rng.random() < 0.03 else 0.0)
    yield now


def describe(event: Event) -> tuple[str, object]:
    """An event without its wall-clock time, to compare runs."""
    if isinstance(event, StepStarted):
        return ("step", event.step.index)
    if isinstance(event, CueDue):
        return ("cue", event.cue)
    return ("end", event.summary.finished)


def due_of(event: Event) -> float | None:
    return None if isinstance(event, SessionEnded) else event.due


def run(
    session: Session,
    ticks: Iterator[float],
    before_tick: Callable[[SessionMachine, float], None] | None = None,
) -> list[tuple[float, Event]]:
    machine = SessionMachine(session.timeline, session.cues)
    events: list[tuple[float, Event]] = []
    started = False
    for now in ticks:
        if not started:
            machine.start(now)
            started = True
        if before_tick is not None:
            before_tick(machine, now)
        events.extend((now, event) for event in machine.tick(now))
        if machine.state is State.FINISHED:
            break
    return events


# -- the plan ---------------------------------------------------------------------------


@PROPERTY
@given(sessions())
def test_steps_are_contiguous_and_add_up_to_the_total(session: Session) -> None:
    steps = session.timeline.steps
    assert steps[0].start == 0.0
    assert [step.index for step in steps] == list(range(len(steps)))
    for before, after in itertools.pairwise(steps):
        assert after.start == pytest.approx(before.end, abs=1e-9)
        assert before.duration >= 0
    assert steps[-1].kind is StepKind.DONE and steps[-1].duration == 0
    assert session.timeline.total_s == pytest.approx(
        math.fsum(step.duration for step in steps), abs=1e-6
    )
    assert session.timeline.step_at(session.timeline.total_s + 1) is steps[-1]


@PROPERTY
@given(sessions())
def test_every_exercise_starts_with_a_prepare_step(session: Session) -> None:
    steps = session.timeline.steps
    for item in session.timeline.items:
        own = [s for s in steps if s.item == item.index and s.kind is not StepKind.TRANSITION]
        assert own[0].kind is StepKind.PREPARE
        assert steps[item.first_step] is own[0]
        assert sum(s.kind is StepKind.PREPARE for s in own) == 1
        # A transition, when there is one, comes right before the prepare step.
        if item.index > 0 and session.timeline.routine.rest_between_s > 0:
            assert steps[item.first_step - 1].kind is StepKind.TRANSITION


@PROPERTY
@given(sessions())
def test_each_side_switches_once_per_set_with_equal_work_per_side(session: Session) -> None:
    steps = session.timeline.steps
    for item in session.timeline.items:
        if item.dose.sides is not Sides.EACH or item.dose.is_timed_activity:
            continue
        own = [s for s in steps if s.item == item.index]
        for set_no in range(1, item.dose.sets + 1):
            in_set = [s for s in own if s.set_no == set_no and s.kind is not StepKind.REST]
            kinds = [s.kind for s in in_set]
            assert kinds.count(StepKind.SWITCH) == 1
            switch = kinds.index(StepKind.SWITCH)
            assert in_set[switch].side is Side.RIGHT
            left = [s for s in in_set[:switch] if s.kind in WORK]
            right = [s for s in in_set[switch + 1 :] if s.kind in WORK]
            assert {s.side for s in left} == {Side.LEFT}
            assert {s.side for s in right} == {Side.RIGHT}
            assert len(left) == len(right) == item.dose.reps * len(item.exercise.phases)
            assert math.fsum(s.duration for s in left) == pytest.approx(
                math.fsum(s.duration for s in right), abs=1e-9
            )


@PROPERTY
@given(sessions())
def test_alternate_goes_left_right_left_right(session: Session) -> None:
    for item in session.timeline.items:
        if item.dose.sides is not Sides.ALTERNATE or item.dose.is_timed_activity:
            continue
        for set_no in range(1, item.dose.sets + 1):
            reps = [
                s
                for s in session.timeline.steps
                if s.item == item.index and s.set_no == set_no and s.phase == 0
            ]
            assert [s.side for s in reps] == [Side.LEFT, Side.RIGHT] * item.dose.reps
            assert [s.rep_no for s in reps] == [
                n for n in range(1, item.dose.reps + 1) for _ in (Side.LEFT, Side.RIGHT)
            ]
            assert not any(
                s.kind is StepKind.SWITCH for s in session.timeline.steps if s.item == item.index
            )


# -- the cues ---------------------------------------------------------------------------


@PROPERTY
@given(sessions())
def test_cue_times_never_go_backwards(session: Session) -> None:
    times = [cue.at for cue in session.cues]
    assert times == sorted(times)
    # ... and in step order too: the machine says cues step by step.
    assert [cue.step for cue in session.cues] == sorted(cue.step for cue in session.cues)


@PROPERTY
@given(sessions())
def test_every_cue_is_inside_its_step(session: Session) -> None:
    steps = session.timeline.steps
    for cue in session.cues:
        step = steps[cue.step]
        if step.duration == 0:
            assert cue.at == step.start  # the done step: said as it starts
        else:
            # Never at the end itself: by then the machine has moved to the next step.
            assert step.start <= cue.at < step.end, cue
        if cue.from_end:
            assert cue.kind is CueKind.COUNTDOWN


@PROPERTY
@given(sessions())
def test_countdowns_land_on_the_last_three_seconds(session: Session) -> None:
    steps = session.timeline.steps
    by_step: dict[int, list[Cue]] = {}
    for cue in session.cues:
        if cue.kind is CueKind.COUNTDOWN:
            by_step.setdefault(cue.step, []).append(cue)
    for index, countdown in by_step.items():
        end = steps[index].end
        assert [c.text for c in countdown] == ["Three.", "Two.", "One."]
        for cue, seconds_left in zip(countdown, (3, 2, 1), strict=True):
            assert cue.at == pytest.approx(end - seconds_left, abs=1e-9)
            assert cue.priority is Priority.BEAT and cue.from_end
    # Whoever is getting into position, switching or resting hears when to start.
    for step in steps:
        if step.kind in (StepKind.PREPARE, StepKind.SWITCH, StepKind.REST):
            assert step.index in by_step, step


@PROPERTY
@given(sessions())
def test_no_cue_asks_to_hold_the_breath(session: Session) -> None:
    for cue in session.cues:
        assert "hold your breath" not in cue.text.casefold()
        assert "hold the breath" not in cue.text.casefold()


@PROPERTY
@given(sessions())
def test_kept_cues_never_overlap_by_estimate(session: Session) -> None:
    for before, after in zip(session.cues, session.cues[1:], strict=False):
        assert before.at + before.estimated_s <= after.at, (before, after)


# The real rule of resolve_overlaps, on cue lists of any shape (in time order):
#  1. what it keeps is a subsequence of what it was given;
#  2. no two kept cues overlap at all (each ends before the next starts);
#  3. a cue is only ever dropped for a conflict: it overlaps an earlier cue of equal or
#     higher priority, or a later cue of strictly higher priority;
#  4. so resolving again changes nothing.

cue_lists = st.lists(
    st.tuples(st.floats(0, 30), st.floats(0.1, 4), st.sampled_from(Priority)), max_size=25
)


@PROPERTY
@given(cue_lists)
def test_overlap_rule(raw: list[tuple[float, float, Priority]]) -> None:
    raw.sort(key=lambda entry: entry[0])
    cues = [Cue(at, CueKind.ACTION, f"cue {i}", level, 0) for i, (at, _, level) in enumerate(raw)]
    length = {cue.text: entry[1] for cue, entry in zip(cues, raw, strict=True)}

    def length_of(cue: Cue) -> float:
        return length[cue.text]

    kept = resolve_overlaps(cues, length_of)
    positions = [cues.index(cue) for cue in kept]
    assert positions == sorted(positions)
    for before, after in itertools.pairwise(kept):
        assert before.at + length_of(before) <= after.at
    for index, cue in enumerate(cues):
        if cue in kept:
            continue
        earlier = any(
            other.at + length_of(other) > cue.at and other.priority >= cue.priority
            for other in cues[:index]
        )
        later = any(
            cue.at + length_of(cue) > other.at and other.priority > cue.priority
            for other in cues[index + 1 :]
        )
        assert earlier or later, cue
    assert resolve_overlaps(kept, length_of) == kept


def test_overlap_rule_examples() -> None:
    def cue(at: float, level: Priority, name: str) -> Cue:
        return Cue(at, CueKind.ACTION, name, level, 0)

    def one_second(_: Cue) -> float:
        return 1.0

    count, tip, hold = (
        cue(0, Priority.BEAT, "a"),
        cue(0.5, Priority.LOW, "b"),
        cue(0.5, Priority.HIGH, "c"),
    )
    assert resolve_overlaps([count, tip], one_second) == [count]  # lower, later: dropped
    assert resolve_overlaps([tip, count], one_second) == [count]  # higher, later: wins
    first, second = cue(0, Priority.HIGH, "x"), cue(0.9, Priority.HIGH, "y")
    assert resolve_overlaps([first, second], one_second) == [first]  # equal: first stays
    assert resolve_overlaps([first, cue(1.0, Priority.LOW, "z")], one_second)[-1].text == "z"
    assert resolve_overlaps([hold], one_second) == [hold]


# -- the machine ------------------------------------------------------------------------


@PROPERTY
@given(sessions(), seeds)
def test_a_run_says_every_cue_once_in_order_and_ends_on_time(session: Session, seed: int) -> None:
    rng = random.Random(seed)
    start = rng.uniform(0, 1e5)
    ticks = list(tick_times(rng, start, start + session.timeline.total_s))
    events = run(session, iter(ticks))
    previous_tick = {now: before for before, now in zip([-math.inf, *ticks], ticks, strict=False)}
    cues = [event.cue for _, event in events if isinstance(event, CueDue)]
    assert cues == sorted(session.cues, key=lambda cue: (cue.step, cue.at))
    steps = [event.step.index for _, event in events if isinstance(event, StepStarted)]
    assert steps == list(range(len(session.timeline.steps)))
    dues = [due_of(event) for _, event in events if not isinstance(event, SessionEnded)]
    assert dues == sorted(dues)  # type: ignore[type-var]
    current = -1
    for now, event in events:
        if isinstance(event, StepStarted):
            current = event.step.index
            assert event.due == pytest.approx(start + event.step.start, abs=1e-9)
        if isinstance(event, CueDue):
            assert event.cue.step == current  # said while its own step runs
            assert previous_tick[now] < event.due <= now  # at the first tick after its time
    end_tick, ended = events[-1]
    assert isinstance(ended, SessionEnded)
    assert ended.summary.finished
    assert previous_tick[end_tick] < start + session.timeline.total_s <= end_tick
    assert sum(isinstance(event, SessionEnded) for _, event in events) == 1


@PROPERTY
@given(sessions(), seeds)
def test_pausing_changes_nothing_but_the_wall_time(session: Session, seed: int) -> None:
    rng = random.Random(seed)
    total = session.timeline.total_s
    plain = run(session, tick_times(rng, 0.0, total))
    pauses = sorted(
        (rng.uniform(0, total), rng.choice([0.001, 0.5, 7.0, 600.0]))
        for _ in range(rng.randint(1, 4))
    )
    paused_total = sum(length for _, length in pauses)
    # Pause and resume at their moments of session time (ticks keep coming while paused).
    schedule: list[tuple[float, str]] = []
    shift = 0.0
    for at, length in pauses:
        schedule += [(at + shift, "pause"), (at + shift + length, "resume")]
        shift += length

    def commands(machine: SessionMachine, now: float) -> None:
        while schedule and schedule[0][0] <= now:
            moment, command = schedule.pop(0)
            getattr(machine, command)(moment)

    paused = run(session, tick_times(rng, 0.0, total + paused_total), commands)
    assert [describe(e) for _, e in paused] == [describe(e) for _, e in plain]
    done_plain = next(
        e for _, e in plain if isinstance(e, StepStarted) and e.step.kind is StepKind.DONE
    )
    done_paused = next(
        e for _, e in paused if isinstance(e, StepStarted) and e.step.kind is StepKind.DONE
    )
    assert done_plain.due == pytest.approx(total, abs=1e-9)
    assert done_paused.due - done_plain.due == pytest.approx(paused_total, abs=1e-6)
    # Every event is shifted by the pauses that ended before it was said, never otherwise.
    prefix_sums = [0.0]
    for _, length in pauses:
        prefix_sums.append(prefix_sums[-1] + length)
    shifts = [
        due_of(b) - due_of(a)  # type: ignore[operator]
        for (_, a), (_, b) in zip(plain, paused, strict=True)
        if not isinstance(a, SessionEnded)
    ]
    assert all(later >= earlier - 1e-6 for earlier, later in itertools.pairwise(shifts))
    assert all(any(abs(s - p) < 1e-6 for p in prefix_sums) for s in shifts)
    plain_end, paused_end = plain[-1][1], paused[-1][1]
    assert isinstance(plain_end, SessionEnded) and isinstance(paused_end, SessionEnded)
    assert paused_end.summary.active_s == pytest.approx(plain_end.summary.active_s, abs=1e-6)


COMMANDS = ("skip", "back", "repeat", "pause", "resume", "extend_rest", "stop", "start")


def is_block_start(timeline: Timeline, index: int) -> bool:
    steps = timeline.steps
    inside = (StepKind.MOVE, StepKind.HOLD)
    # A block is a set on one side: with sides taken in turn, each side's turn is one.
    return (
        steps[index].kind not in inside
        or index == 0
        or steps[index - 1].kind not in inside
        or steps[index - 1].side is not steps[index].side
    )


@PROPERTY
@given(sessions(), seeds)
def test_commands_land_on_step_boundaries_and_never_raise(session: Session, seed: int) -> None:
    rng = random.Random(seed)
    machine = SessionMachine(session.timeline, session.cues)
    now = rng.uniform(0, 100)
    machine.start(now)
    ends = 0
    for _ in range(60):
        now += rng.choice([0.0, 0.2, 1.0, 2.9, 3.1, 10.0, 60.0])
        ends += sum(isinstance(e, SessionEnded) for e in machine.tick(now))
        command = rng.choice(COMMANDS)
        before = machine.step.index
        if command == "extend_rest":
            machine.extend_rest(rng.choice([1.0, 15.0]), now)
        else:
            getattr(machine, command)(now)
        if command in ("skip", "back", "repeat") and machine.state in (State.RUNNING, State.PAUSED):
            assert machine.position(now) == pytest.approx(machine.step.start, abs=1e-9)
            assert is_block_start(session.timeline, machine.step.index)
            if command == "skip" and machine.step.index != before:
                assert machine.step.index > before
            if command in ("back", "repeat"):
                assert machine.step.index <= before
            if machine.state is State.RUNNING:
                first = machine.tick(now)
                assert first and isinstance(first[0], StepStarted)
                assert first[0].step.index == machine.step.index
                ends += sum(isinstance(e, SessionEnded) for e in first)
        assert 0.0 <= machine.progress(now) <= 1.0
    # Whatever happened, the session still ends, exactly once.
    machine.resume(now)
    for _ in range(3):
        now += session.timeline.total_s + 10_000
        ends += sum(isinstance(e, SessionEnded) for e in machine.tick(now))
    assert machine.state in (State.FINISHED, State.STOPPED)
    assert ends == 1


def snapshot(machine: SessionMachine, now: float) -> tuple[object, ...]:
    return (
        machine.state,
        machine.step.index,
        machine.position(now),
        machine.step_remaining(now),
        machine.elapsed(now),
        machine.next_deadline(),
        machine.summary(now),
    )


def invalid_calls(machine: SessionMachine) -> list[str]:
    state, kind = machine.state, machine.step.kind
    calls = []
    if state is not State.PAUSED:
        calls.append("resume")
    if state is not State.RUNNING:
        calls.append("pause")
    if state is not State.READY:
        calls.append("start")
    if kind not in (StepKind.REST, StepKind.TRANSITION) or state not in (
        State.RUNNING,
        State.PAUSED,
    ):
        calls.append("extend_rest")
    if state not in (State.RUNNING, State.PAUSED):
        calls += ["skip", "back", "repeat", "stop"]
    return calls


@PROPERTY
@given(sessions(), seeds)
def test_invalid_calls_are_harmless_no_ops(session: Session, seed: int) -> None:
    rng = random.Random(seed)
    machine = SessionMachine(session.timeline, session.cues)
    twin = SessionMachine(session.timeline, session.cues)  # never gets an invalid call
    now = 50.0
    for moment in range(40):
        for call in invalid_calls(machine):
            before = snapshot(machine, now)
            if call == "extend_rest":
                machine.extend_rest(15.0, now)
            else:
                getattr(machine, call)(now)
            assert snapshot(machine, now) == before, call
        if moment == 0:
            machine.start(now)
            twin.start(now)
        elif rng.random() < 0.2:
            command = rng.choice(["pause", "resume", "skip"])
            getattr(machine, command)(now)
            getattr(twin, command)(now)
        assert [describe(e) for e in machine.tick(now)] == [describe(e) for e in twin.tick(now)]
        now += rng.uniform(0, session.timeline.total_s / 20)
    now += session.timeline.total_s + 1
    machine.resume(now)
    twin.resume(now)
    assert [describe(e) for e in machine.tick(now)] == [describe(e) for e in twin.tick(now)]
    assert machine.state is twin.state
