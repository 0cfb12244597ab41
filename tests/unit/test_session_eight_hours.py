"""An eight-hour session at a fast fake clock: it ends exactly on time, every cue once and in
order, and the memory it holds does not grow with the hours."""

from __future__ import annotations

import gc
import tracemalloc

import pytest

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.model import DoseOverride, Routine, RoutineItem
from backcoach.session.cues import Cue, build_cues
from backcoach.session.machine import CueDue, SessionEnded, SessionMachine, State, StepStarted
from backcoach.session.plan import Timeline, plan_routine

HOURS = 8
HOUR_S = 3600.0
# The default run ticks every half second (fast: 58,000 ticks); the soak run at 10 Hz,
# coarser still than the driver's worst case of a tick every 40 ms.
TICK_S = 0.5
SOAK_TICK_S = 0.1
START = 5000.0
# What the machine may hold more after eight hours than after one: its log of steps done
# (a few entries a minute). Anything that kept events, cues or ticks would be megabytes.
GROWTH_LIMIT_BYTES = 512 * 1024


@pytest.fixture(scope="module")
def eight_hours() -> tuple[Timeline, list[Cue]]:
    """Every built-in exercise in turn, over and over, until the plan passes eight hours."""
    library: Library = load_library([built_in_folder()])
    exercises = sorted(library.exercises.values(), key=lambda exercise: exercise.id)
    one_round = tuple(
        RoutineItem(
            exercise.id,
            DoseOverride(duration_s=120.0)
            if exercise.dose.is_timed_activity
            else DoseOverride(sets=2, rest_s=20.0),
        )
        for exercise in exercises
    )
    round_s = plan_routine(
        Routine("round", "One round", "", one_round, rest_between_s=20.0), library.exercises
    ).total_s
    rounds = int(HOURS * HOUR_S // round_s) + 1
    routine = Routine("eight", "Eight hours", "", one_round * rounds, rest_between_s=20.0)
    timeline = plan_routine(routine, library.exercises)
    return timeline, build_cues(timeline)


def test_the_plan_really_lasts_eight_hours(eight_hours: tuple[Timeline, list[Cue]]) -> None:
    timeline, cues = eight_hours
    assert HOURS * HOUR_S <= timeline.total_s <= (HOURS + 1.5) * HOUR_S
    assert len(cues) > 8000


def test_eight_hours_end_exactly_every_cue_once_in_order_and_memory_stays_flat(
    eight_hours: tuple[Timeline, list[Cue]],
) -> None:
    run_eight_hours(eight_hours, TICK_S)


@pytest.mark.soak
def test_eight_hours_at_ten_ticks_a_second(eight_hours: tuple[Timeline, list[Cue]]) -> None:
    run_eight_hours(eight_hours, SOAK_TICK_S)


def run_eight_hours(eight_hours: tuple[Timeline, list[Cue]], tick_s: float) -> None:
    timeline, cues = eight_hours
    expected = sorted(cues, key=lambda cue: (cue.step, cue.at))
    machine = SessionMachine(timeline, cues)
    gc.collect()
    tracemalloc.start()
    try:
        machine.start(START)
        said = 0  # how many cues have come; the next must be expected[said]
        ended_at: float | None = None
        held_after: dict[int, int] = {}  # whole hours -> bytes traced at that moment
        tick = -1  # the first tick comes at the start itself
        while machine.state is not State.FINISHED:
            tick += 1
            # Computed from the tick count, not summed, so the clock itself never drifts.
            now = START + tick * tick_s
            for event in machine.tick(now):
                if isinstance(event, CueDue):
                    assert event.cue is expected[said]
                    assert now - tick_s - 1e-9 < event.due <= now  # said on the first tick after
                    assert event.due == pytest.approx(START + event.cue.at, abs=1e-6)
                    said += 1
                elif isinstance(event, StepStarted):
                    assert event.due == pytest.approx(START + event.step.start, abs=1e-6)
                else:
                    assert isinstance(event, SessionEnded)
                    assert event.summary.finished
                    ended_at = now
            hour, rest = divmod(tick, round(HOUR_S / tick_s))
            if rest == 0 and hour in (1, HOURS):
                gc.collect()
                held_after[hour] = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert said == len(expected)  # every cue, once
    # The end came on the first tick at or after start + total: within one tick of the plan.
    assert ended_at is not None
    assert ended_at - tick_s - 1e-9 < START + timeline.total_s <= ended_at
    assert machine.position(ended_at) == timeline.total_s
    summary = machine.summary()
    assert summary.active_s == pytest.approx(timeline.total_s, abs=1e-6)
    assert summary.completed_items == tuple(range(len(timeline.items)))
    assert held_after[HOURS] - held_after[1] < GROWTH_LIMIT_BYTES, held_after
