"""The player's figure follows the session: moves in a lift, still in a hold, mirrored."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.figures.figure_view import FigureView
from backcoach.model import Routine, RoutineItem, Sides
from backcoach.model.routine import DoseOverride
from backcoach.session.cues import build_cues
from backcoach.session.machine import SessionMachine
from backcoach.session.plan import Side, StepKind, plan_routine
from backcoach.ui.player.figure import FigureAnimator


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def session(library: Library, exercise_id: str, **dose: object) -> SessionMachine:
    routine = Routine(
        "r",
        "R",
        "",
        (RoutineItem(exercise_id, DoseOverride(**dose)),),  # type: ignore[arg-type]
        rest_between_s=0.0,
    )
    timeline = plan_routine(routine, library.exercises)
    return SessionMachine(timeline, build_cues(timeline))


def run_to(
    machine: SessionMachine,
    clock: Clock,
    kind: StepKind,
    side: Side | None = None,
    fraction: float = 0.5,
) -> None:
    """Moves the fake clock to ``fraction`` of the way into the first step of ``kind``."""
    step = next(
        s for s in machine.timeline.steps if s.kind is kind and (side is None or s.side is side)
    )
    clock.now = 100.0 + step.start + step.duration * fraction
    machine.tick(clock.now)
    assert machine.step.index == step.index


def test_figure_moves_in_a_lift_and_stays_still_in_a_hold(qtbot: QtBot) -> None:
    library = load_library([built_in_folder()])
    machine = session(library, "bridge", sets=1, reps=2)
    clock = Clock()
    view = FigureView()
    qtbot.addWidget(view)
    animator = FigureAnimator(view, clock)
    machine.start(clock.now)
    animator.follow(machine)
    prepare_pose = view.pose
    assert prepare_pose is not None

    run_to(machine, clock, StepKind.MOVE, fraction=0.2)
    animator.show_now()
    early = view.pose
    run_to(machine, clock, StepKind.MOVE, fraction=0.8)
    animator.show_now()
    late = view.pose
    assert early != late != prepare_pose  # the hips rise through the lift

    run_to(machine, clock, StepKind.HOLD, fraction=0.1)
    animator.show_now()
    held = view.pose
    run_to(machine, clock, StepKind.HOLD, fraction=0.9)
    animator.show_now()
    assert view.pose == held  # a hold keeps still


def test_other_side_is_the_mirror_and_pause_stops_the_frames(qtbot: QtBot) -> None:
    library = load_library([built_in_folder()])
    machine = session(library, "piriformis-stretch", sets=1, reps=1, sides=Sides.EACH)
    clock = Clock()
    view = FigureView()
    qtbot.addWidget(view)
    animator = FigureAnimator(view, clock)
    machine.start(clock.now)
    animator.follow(machine)
    run_to(machine, clock, StepKind.HOLD, side=Side.LEFT)
    animator.show_now()
    left = view.pose
    run_to(machine, clock, StepKind.HOLD, side=Side.RIGHT)
    animator.show_now()
    right = view.pose
    assert left is not None and right is not None
    # The same pose, drawn the other way round.
    assert right.mirrored != left.mirrored
    assert right == left.flipped(right.mirrored)

    animator.set_running(True)
    assert animator.timer.isActive()
    animator.set_running(False)
    assert not animator.timer.isActive()
    animator.follow(None)
    assert view.pose is None
