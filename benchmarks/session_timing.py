"""How close to their moment the real Qt session driver says cues, against a bare QTimer.

Runs the real SessionDriver (backcoach/ui/session/driver.py) on a real Qt event loop with
the real monotonic clock, on a session with many cues a second, and reports:

- cue lateness (emission time - due time): p50, p95, max, in ms;
- the session's end error (when it ended - when the plan says it ends), in ms; the drift
  of the schedule (every event's due time against start + its planned time: anything
  but zero would grow with the session's length), scaled per hour; and from the two, the
  end error projected for an hour-long session. Scaling the end error itself by
  3600 / session length is printed too, for reference only: the end error is one
  timer's lateness, which does not grow with the length;
- the same lateness for a bare precise QTimer firing at the same period, measured in the
  same process just before: the baseline the driver's figures are read against;
- the time to plan and script the longest built-in routine, against loading the library.

Targets (issue #3): p95 lateness <= 15 ms; end error < 20 ms per hour.

    python -m benchmarks.session_timing [--seconds 60] [--baseline-seconds 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.model import DoseOverride, Exercise, Routine, RoutineItem
from backcoach.session.cues import Cue, CueKind, Priority, build_cues
from backcoach.session.machine import CueDue, SessionMachine, SessionSummary
from backcoach.session.plan import Timeline, plan_routine
from backcoach.ui.session.driver import SessionDriver

METRONOME_S = 0.1  # an extra cue every 100 ms on top of the real ones: ten or more a second
TARGET_P95_MS = 15.0
TARGET_END_MS_PER_HOUR = 20.0
SOURCE_EXERCISE = "bridge"


# -- the session under test -----------------------------------------------------------


def fast_exercise(exercise: Exercise) -> Exercise:
    """The real exercise with half-second phases and holds: a cue every moment."""
    phases = tuple(replace(phase, seconds=None if phase.hold else 0.5) for phase in exercise.phases)
    return replace(exercise, phases=phases, dose=replace(exercise.dose, hold_s=0.5))


def session_of(library: Library, seconds: float) -> tuple[Timeline, list[Cue]]:
    """A one-exercise session lasting about ``seconds``, with a metronome cue every 100 ms."""
    exercise = fast_exercise(library.exercises[SOURCE_EXERCISE])
    exercises = {exercise.id: exercise}
    reps = 1
    while True:
        routine = Routine(
            "timing",
            "Timing",
            "",
            (RoutineItem(exercise.id, DoseOverride(sets=1, reps=reps)),),
            rest_between_s=0.0,
        )
        timeline = plan_routine(routine, exercises)
        if timeline.total_s >= seconds or reps >= 50:
            break
        reps += 1
    if timeline.total_s < seconds:
        sets = math.ceil(seconds / timeline.total_s)
        routine = replace(
            routine,
            items=(
                RoutineItem(exercise.id, DoseOverride(sets=min(sets, 10), reps=reps, rest_s=5.0)),
            ),
        )
        timeline = plan_routine(routine, exercises)
    cues = build_cues(timeline)
    ticks = [
        Cue(round(step.start + k * METRONOME_S, 6), CueKind.COUNT, "tick", Priority.LOW, step.index)
        for step in timeline.steps
        for k in range(math.ceil(step.duration / METRONOME_S))
        if step.start + k * METRONOME_S < step.end
    ]
    return timeline, sorted([*cues, *ticks], key=lambda cue: (cue.step, cue.at))


# -- measuring --------------------------------------------------------------------------


def percentiles_ms(values: Sequence[float]) -> dict[str, float]:
    if not values:
        return {"p50": math.nan, "p95": math.nan, "max": math.nan, "count": 0}
    ordered = sorted(values)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {
        "p50": statistics.median(ordered) * 1000,
        "p95": p95 * 1000,
        "max": ordered[-1] * 1000,
        "count": len(ordered),
    }


def run_driver(app: QCoreApplication, timeline: Timeline, cues: list[Cue]) -> dict[str, Any]:
    driver = SessionDriver(SessionMachine(timeline, cues))
    lateness: list[float] = []
    planned: list[tuple[float, float]] = []  # (due time, planned moment from the plan)
    start: list[float] = []
    ended: list[tuple[float, SessionSummary]] = []

    def on_cue(event: CueDue, late: float) -> None:
        lateness.append(late)
        planned.append((event.due, event.cue.at))

    def on_end(summary: SessionSummary) -> None:
        ended.append((time.monotonic(), summary))
        app.quit()

    driver.cueDue.connect(on_cue)
    driver.sessionEnded.connect(on_end)
    driver.stepStarted.connect(lambda event: start.append(event.due) if not start else None)
    QTimer.singleShot(0, driver.start)
    QTimer.singleShot(int((timeline.total_s + 30) * 1000), app.quit)  # never hang
    app.exec()
    if not ended:
        raise SystemExit("the session did not end in time")
    end_at, summary = ended[0]
    end_error = end_at - (start[0] + timeline.total_s)
    # Due times off the plan, growing to the end, would be drift: the worst, per second.
    drift = max(abs(due - (start[0] + at)) for due, at in planned) / timeline.total_s
    return {
        "cues": len(cues),
        "session_s": timeline.total_s,
        "cues_per_s": len(cues) / timeline.total_s,
        "lateness_ms": percentiles_ms(lateness),
        "end_error_ms": end_error * 1000,
        "drift_ms_per_hour": drift * 1000 * 3600,
        "end_error_ms_projected_hour": (end_error + drift * 3600) * 1000,
        "end_error_ms_scaled_per_hour": end_error * 1000 * 3600 / timeline.total_s,
        "finished": summary.finished,
    }


def run_bare_timer(app: QCoreApplication, period_s: float, seconds: float) -> dict[str, Any]:
    """A precise QTimer at the same period: how late Qt itself fires, on this machine."""
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(round(period_s * 1000))
    lateness: list[float] = []
    began = time.monotonic()

    def on_timeout() -> None:
        now = time.monotonic()
        lateness.append(now - (began + (len(lateness) + 1) * period_s))
        if now - began >= seconds:
            timer.stop()
            app.quit()

    timer.timeout.connect(on_timeout)
    began = time.monotonic()
    timer.start()
    app.exec()
    return {
        "period_ms": period_s * 1000,
        "seconds": seconds,
        "lateness_ms": percentiles_ms(lateness),
    }


def best_of(repeats: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return min(times)


def plan_and_script(library: Library) -> dict[str, Any]:
    """Planning + scripting the longest built-in routine, against loading the library."""
    if not library.routines:
        return {}
    longest = max(
        library.routines.values(), key=lambda r: plan_routine(r, library.exercises).total_s
    )
    timeline = plan_routine(longest, library.exercises)
    plan_s = best_of(20, lambda: build_cues(plan_routine(longest, library.exercises)))
    load_s = best_of(5, lambda: load_library([built_in_folder()]))
    return {
        "routine": longest.id,
        "session_s": timeline.total_s,
        "cues": len(build_cues(timeline)),
        "plan_script_ms": plan_s * 1000,
        "load_library_ms": load_s * 1000,
        "ratio": plan_s / load_s,
    }


# -- a broken PySide6 build -----------------------------------------------------------


class _Probe(QObject):
    fired = Signal()


def refuse_leaking_pyside() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to True on every emit; a run this
    long would abort with "Fatal Python error: bool_dealloc" (pyproject excludes it)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    if sys.getrefcount(True) < before:
        raise SystemExit(
            f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} loses a "
            "reference on every signal emit; install another release (see pyproject.toml)."
        )


# -- the report -----------------------------------------------------------------------


def measure(seconds: float, baseline_seconds: float) -> dict[str, Any]:
    refuse_leaking_pyside()
    app = QCoreApplication.instance() or QCoreApplication([])
    assert isinstance(app, QCoreApplication)
    library = load_library([built_in_folder()])
    timeline, cues = session_of(library, seconds)
    baseline = run_bare_timer(app, METRONOME_S, baseline_seconds)
    driver = run_driver(app, timeline, cues)
    base, ours = baseline["lateness_ms"], driver["lateness_ms"]
    return {
        "python": sys.version.split()[0],
        "pyside6": PySide6.__version__,
        "driver": driver,
        "baseline_bare_qtimer": baseline,
        "ratio_to_baseline": {
            key: ours[key] / base[key] if base[key] else math.inf for key in ("p50", "p95", "max")
        },
        "targets": {
            "p95_lateness_ms": TARGET_P95_MS,
            "p95_met": ours["p95"] <= TARGET_P95_MS,
            "end_error_ms_per_hour": TARGET_END_MS_PER_HOUR,
            "end_error_met": abs(driver["end_error_ms_projected_hour"]) < TARGET_END_MS_PER_HOUR,
        },
        "plan_and_script": plan_and_script(library),
    }


def print_table(report: dict[str, Any]) -> None:
    driver, baseline = report["driver"], report["baseline_bare_qtimer"]
    ours, base, ratio = driver["lateness_ms"], baseline["lateness_ms"], report["ratio_to_baseline"]
    print(
        f"session timing: Python {report['python']}, PySide6 {report['pyside6']}; "
        f"{driver['session_s']:.1f} s session, {driver['cues']} cues "
        f"({driver['cues_per_s']:.1f} a second)\n"
    )
    print(f"{'lateness (ms)':<44}{'p50':>8}{'p95':>8}{'max':>8}{'n':>7}")
    print(
        f"{'cues from the session driver':<44}{ours['p50']:8.2f}{ours['p95']:8.2f}"
        f"{ours['max']:8.2f}{ours['count']:7d}"
    )
    label = f"bare precise QTimer, {baseline['period_ms']:.0f} ms period (baseline)"
    print(f"{label:<44}{base['p50']:8.2f}{base['p95']:8.2f}{base['max']:8.2f}{base['count']:7d}")
    print(f"{'driver / baseline':<44}{ratio['p50']:8.2f}{ratio['p95']:8.2f}{ratio['max']:8.2f}\n")
    targets = report["targets"]
    print(
        f"end of session: {driver['end_error_ms']:.2f} ms after the plan's end; "
        f"schedule drift {driver['drift_ms_per_hour']:.6f} ms per hour"
    )
    print(
        f"  projected for an hour-long session: {driver['end_error_ms_projected_hour']:.2f} ms "
        f"(target < {targets['end_error_ms_per_hour']:.0f} ms per hour: "
        f"{'met' if targets['end_error_met'] else 'MISSED'}); naive scaling "
        f"end error x 3600 / {driver['session_s']:.0f} s = "
        f"{driver['end_error_ms_scaled_per_hour']:.1f} ms"
    )
    print(
        f"p95 lateness target <= {targets['p95_lateness_ms']:.0f} ms: "
        f"{'met' if targets['p95_met'] else 'MISSED'}"
    )
    plan = report["plan_and_script"]
    if plan:
        print(
            f"\nplan + script of the longest built-in routine, {plan['routine']} "
            f"({plan['session_s'] / 60:.1f} min, {plan['cues']} cues): "
            f"{plan['plan_script_ms']:.2f} ms; loading the library (baseline): "
            f"{plan['load_library_ms']:.2f} ms; ratio {plan['ratio']:.2f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seconds", type=float, default=60.0, help="length of the timed session (default 60)"
    )
    parser.add_argument(
        "--baseline-seconds",
        type=float,
        default=15.0,
        help="how long the bare QTimer baseline runs first (default 15)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    report = measure(args.seconds, args.baseline_seconds)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
