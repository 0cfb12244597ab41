"""An hour-long session on a fake clock whose ticks come late: no cue late, no drift."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.model import DoseOverride, Routine, RoutineItem
from backcoach.session.cues import Cue, build_cues
from backcoach.session.machine import CueDue, SessionEnded, SessionMachine, State, StepStarted
from backcoach.session.plan import Timeline, plan_routine

PERIOD_S = 0.05  # the nominal tick
HOUR_S = 3600.0


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


def hour_routine(library: Library) -> Routine:
    """Every built-in exercise in turn, with more sets, until the plan passes an hour."""
    items: list[RoutineItem] = []
    exercises = sorted(library.exercises.values(), key=lambda exercise: exercise.id)
    while True:
        for exercise in exercises:
            if exercise.dose.is_timed_activity:
                override = DoseOverride(duration_s=120.0)
            else:
                override = DoseOverride(sets=2, rest_s=20.0)
            items.append(RoutineItem(exercise.id, override))
            routine = Routine("hour", "An hour", "", tuple(items), rest_between_s=20.0)
            if plan_routine(routine, library.exercises).total_s >= HOUR_S:
                return routine


def late_ticks(rng: random.Random, start: float) -> Iterator[float]:
    """Nominally every 50 ms; each tick 0-200 ms late, and now and then a 1 s stall."""
    tick = 0
    previous = start
    while True:
        nominal = start + tick * PERIOD_S
        late = rng.uniform(0.0, 0.2) + (1.0 if rng.random() < 0.001 else 0.0)
        now = max(previous, nominal + late)
        yield now
        previous = now
        tick += 1


@pytest.fixture(scope="module")
def hour(library: Library) -> tuple[Timeline, list[Cue]]:
    timeline = plan_routine(hour_routine(library), library.exercises)
    return timeline, build_cues(timeline)


def test_the_routine_really_lasts_an_hour(hour: tuple[Timeline, list[Cue]]) -> None:
    timeline, cues = hour
    assert HOUR_S <= timeline.total_s <= HOUR_S + 600
    assert len(cues) > 1000


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_hour_with_late_ticks_says_every_cue_within_one_tick_and_ends_on_time(
    hour: tuple[Timeline, list[Cue]], seed: int
) -> None:
    timeline, cues = hour
    machine = SessionMachine(timeline, cues)
    start = 1000.0 + seed
    machine.start(start)
    previous = -float("inf")
    said: list[Cue] = []
    stalls = 0
    ended_at = None
    for now in late_ticks(random.Random(seed), start):
        stalls += now - previous > 1.0
        for event in machine.tick(now):
            if isinstance(event, CueDue):
                # Said at the first tick after its moment: late by at most the tick gap.
                assert previous < event.due <= now
                assert now - event.due <= now - previous
                said.append(event.cue)
            elif isinstance(event, StepStarted):
                assert previous < event.due <= now or event.step.index == 0
                # Deadlines from one origin: the plan is kept to the nanosecond.
                assert event.due == pytest.approx(start + event.step.start, abs=1e-9)
            else:
                assert isinstance(event, SessionEnded)
                assert ended_at is None
                ended_at = now
                summary = event.summary
        if machine.state is State.FINISHED:
            break
        previous = now
    assert stalls > 0  # the clock really did stall
    # Every cue, once, in order.
    assert said == sorted(cues, key=lambda cue: (cue.step, cue.at))
    assert [cue.at for cue in said] == sorted(cue.at for cue in said)
    # The end: at the first tick at or after start + total, with zero error in the plan.
    assert ended_at is not None
    assert previous < start + timeline.total_s <= ended_at
    assert summary.finished
    assert summary.active_s == pytest.approx(timeline.total_s, abs=1e-9)
    assert summary.completed_items == tuple(range(len(timeline.items)))
    assert machine.position(ended_at) == timeline.total_s
