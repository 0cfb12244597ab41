"""The Qt adapter of the session machine: signals, their order, and its timer, on a fake clock."""

from __future__ import annotations

import math
import sys
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from backcoach.model import (
    Breath,
    Category,
    Dose,
    Exercise,
    Phase,
    Position,
    Routine,
    RoutineItem,
)
from backcoach.session.cues import build_cues
from backcoach.session.machine import (
    CueDue,
    SessionMachine,
    SessionSummary,
    State,
    StepStarted,
)
from backcoach.session.plan import StepKind, Timeline, plan_routine
from backcoach.ui.session.driver import SessionDriver

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
    dose=Dose(sets=2, reps=2, hold_s=3.0, rest_s=10.0),
    sources=(),
)
ROUTINE = Routine("lift-only", "Lift only", "", (RoutineItem("lift"),), rest_between_s=0.0)


class _Probe(QObject):
    fired = Signal()


def test_installed_pyside_keeps_its_references() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to True on every emit: a session
    emitting a few thousand signals aborts with "Fatal Python error: bool_dealloc".
    pyproject excludes that release; this fails if a leaking build is installed anyway."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(100):
        probe.fired.emit()
    assert sys.getrefcount(True) >= before


class FakeClock:
    def __init__(self, now: float = 500.0, step: float = 0.0) -> None:
        self.now = now
        self.step = step  # added on every reading: a clock that runs by itself

    def __call__(self) -> float:
        now = self.now
        self.now += self.step
        return now


class Recorder:
    """Every signal of a driver, in the order they came."""

    def __init__(self, driver: SessionDriver) -> None:
        self.signals: list[tuple[str, Any, float | None]] = []
        driver.stepStarted.connect(lambda event: self.signals.append(("step", event, None)))
        driver.cueDue.connect(lambda event, late: self.signals.append(("cue", event, late)))
        driver.sessionEnded.connect(lambda summary: self.signals.append(("end", summary, None)))
        driver.ticked.connect(lambda: self.signals.append(("ticked", None, None)))

    def names(self) -> list[str]:
        return [name for name, _, _ in self.signals]

    def take(self) -> list[tuple[str, Any, float | None]]:
        taken, self.signals = self.signals, []
        return taken


@pytest.fixture
def timeline() -> Timeline:
    return plan_routine(ROUTINE, {"lift": LIFT})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def driver(qtbot: QtBot, timeline: Timeline, clock: FakeClock) -> SessionDriver:
    return SessionDriver(SessionMachine(timeline, build_cues(timeline)), clock)


def test_start_announces_the_first_step_then_its_first_cue(
    driver: SessionDriver, timeline: Timeline, clock: FakeClock
) -> None:
    record = Recorder(driver)
    driver.start()
    assert record.names() == ["step", "cue", "ticked"]
    _, step_event, _ = record.signals[0]
    assert isinstance(step_event, StepStarted)
    assert step_event.step is timeline.steps[0] and step_event.due == 500.0
    _, cue_event, late = record.signals[1]
    assert isinstance(cue_event, CueDue)
    assert cue_event.cue.text == "Lift. Two sets of two, holding three seconds."
    assert late == 0.0
    assert driver.running and driver.timer.isActive()


def test_each_tick_emits_what_is_due_with_its_lateness(
    driver: SessionDriver, timeline: Timeline, clock: FakeClock
) -> None:
    driver.start()
    record = Recorder(driver)
    prepare_end = 500.0 + timeline.steps[0].end
    clock.now = prepare_end + 0.125  # a tick 125 ms late, after the whole countdown
    driver.tick()
    signals = record.take()
    assert [name for name, _, _ in signals] == ["cue", "cue", "cue", "cue", "step", "cue", "ticked"]
    texts = [event.cue.text for name, event, _ in signals if name == "cue"]
    assert texts[-4:] == ["Three.", "Two.", "One.", "Breathe out, lift your hips"]
    lateness = [late for name, _, late in signals if name == "cue"]
    assert lateness[1:4] == [pytest.approx(3.125), pytest.approx(2.125), pytest.approx(1.125)]
    assert lateness[-1] == pytest.approx(0.125)
    step_event = signals[4][1]
    assert isinstance(step_event, StepStarted) and step_event.step.kind is StepKind.MOVE


def test_the_timer_aims_at_the_next_deadline(
    driver: SessionDriver, timeline: Timeline, clock: FakeClock
) -> None:
    driver.start()
    deadline = driver.machine.next_deadline()
    assert deadline is not None
    wait = math.ceil((deadline - 500.0) * 1000)
    assert driver.timer.interval() == min(wait, driver.refresh_ms)
    clock.now = 500.0 + timeline.steps[0].end - 0.010  # 10 ms before the first rep
    driver.tick()
    assert driver.timer.interval() == 10
    assert driver.timer.isSingleShot()


def test_a_whole_session_ends_once_and_stops_the_timer(
    driver: SessionDriver, timeline: Timeline, clock: FakeClock
) -> None:
    record = Recorder(driver)
    driver.start()
    while driver.running:
        clock.now += 0.25
        driver.tick()
    ends = [payload for name, payload, _ in record.signals if name == "end"]
    assert len(ends) == 1
    summary = ends[0]
    assert isinstance(summary, SessionSummary)
    assert summary.finished and summary.completed_items == (0,)
    assert summary.active_s == pytest.approx(timeline.total_s)
    assert not driver.timer.isActive()
    names = record.names()
    assert names.index("end") > max(i for i, name in enumerate(names) if name == "step")
    steps = [p.step.index for name, p, _ in record.signals if name == "step"]
    assert steps == list(range(len(timeline.steps)))
    # After the end, ticks say nothing more.
    record.take()
    driver.tick()
    assert record.names() == ["ticked"]


def test_the_real_timer_drives_the_session_on_a_fake_clock(
    qtbot: QtBot, timeline: Timeline
) -> None:
    # Each reading of this clock is 2 s later: the QTimer, fired by Qt's event loop,
    # runs the whole session in a few dozen timeouts.
    driver = SessionDriver(SessionMachine(timeline, build_cues(timeline)), FakeClock(step=2.0))
    record = Recorder(driver)
    with qtbot.waitSignal(driver.sessionEnded, timeout=5000) as ended:
        driver.start()
    summary = ended.args[0] if ended.args else None
    assert isinstance(summary, SessionSummary) and summary.finished
    assert record.names().count("ticked") > 5
    assert not driver.timer.isActive()


def test_pause_stops_the_timer_and_resume_keeps_the_remaining_time(
    driver: SessionDriver, timeline: Timeline, clock: FakeClock
) -> None:
    driver.start()
    clock.now = 504.0
    driver.tick()
    remaining = driver.machine.step_remaining(504.0)
    driver.toggle_pause()
    assert driver.machine.state is State.PAUSED
    assert not driver.timer.isActive()
    clock.now = 900.0
    record = Recorder(driver)
    driver.tick()
    assert record.names() == ["ticked"]
    driver.toggle_pause()
    assert driver.machine.state is State.RUNNING and driver.timer.isActive()
    assert driver.machine.step_remaining(900.0) == pytest.approx(remaining)


def test_skip_announces_the_next_block_at_once(
    driver: SessionDriver, timeline: Timeline, clock: FakeClock
) -> None:
    driver.start()
    clock.now = 500.0 + timeline.steps[0].end + 1.0  # in the first set
    driver.tick()
    record = Recorder(driver)
    driver.skip()
    signals = record.take()
    assert [name for name, _, _ in signals][:2] == ["step", "cue"]
    step_event = signals[0][1]
    assert isinstance(step_event, StepStarted) and step_event.step.kind is StepKind.REST
    assert step_event.due == clock.now
    driver.extend_rest(15)
    assert driver.machine.step_remaining(clock.now) == pytest.approx(25.0)
    driver.back()
    assert driver.machine.step.kind is StepKind.MOVE and driver.machine.step.set_no == 1
    driver.repeat()
    assert driver.machine.position(clock.now) == pytest.approx(driver.machine.step.start)


def test_stop_reports_an_unfinished_session(driver: SessionDriver, clock: FakeClock) -> None:
    driver.start()
    clock.now = 510.0
    driver.tick()
    with_summary: list[SessionSummary] = []
    driver.sessionEnded.connect(with_summary.append)
    driver.stop()
    assert len(with_summary) == 1
    assert with_summary[0].finished is False
    assert with_summary[0].active_s == pytest.approx(10.0)
    assert not driver.timer.isActive()
    driver.stop()
    assert len(with_summary) == 1


def test_a_command_from_a_connected_slot_takes_effect_in_order(
    driver: SessionDriver, timeline: Timeline, clock: FakeClock
) -> None:
    # The player may skip as a cue comes in; the driver must not tick inside its own tick.
    record = Recorder(driver)
    skipped: list[CueDue] = []

    def skip_on_first_count(event: CueDue, _late: float) -> None:
        if event.cue.text == "Breathe out, lift your hips" and not skipped:
            skipped.append(event)
            driver.skip()

    driver.cueDue.connect(skip_on_first_count)
    driver.start()
    clock.now = 500.0 + timeline.steps[0].end
    driver.tick()
    steps = [p.step.kind for name, p, _ in record.signals if name == "step"]
    assert steps == [StepKind.PREPARE, StepKind.MOVE, StepKind.REST]
    assert record.names()[-1] == "ticked"
    assert record.names().count("ticked") == 2  # one per tick, however many passes
