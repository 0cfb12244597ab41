"""Moves the player's figure in step with the session: each phase at its own tempo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from backcoach.figures.animation import start_pose
from backcoach.figures.catalog import PoseCatalog, built_in_catalog
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.figure_view import FigureView
from backcoach.session.machine import SessionMachine, State
from backcoach.session.plan import Side, Step, StepKind, Timeline

FRAME_MS = 33  # 30 frames a second: smooth enough for slow exercise movements
ACTIVITY_LOOP_S = 1.2  # one stride, pedal turn or stroke of a timed activity


def figure_moment(step: Step, remaining: float) -> tuple[int, float, bool, bool]:
    """(phase index, fraction through it, other side, first rep) for a running step."""
    other_side = step.side is Side.RIGHT
    if step.kind is StepKind.ACTIVITY:
        done = step.duration - remaining
        return 0, (done % ACTIVITY_LOOP_S) / ACTIVITY_LOOP_S, False, False
    fraction = 1.0 - remaining / step.duration if step.duration > 0 else 1.0
    return step.phase, fraction, other_side, step.rep_no == 1


class FigureAnimator(QObject):
    """Paints the current exercise's pose into a FigureView while a session runs.

    Between and before repetitions (prepare, rest, switch, next up) it shows the start
    pose of the exercise at hand (in a transition: the next one's); while paused its timer
    is off, so the figure is still. It paints into one view at a time: its own, or one laid
    over it (the floor view's), so a covered figure costs nothing.
    """

    def __init__(
        self,
        view: FigureView,
        clock: Callable[[], float],
        catalog: PoseCatalog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = view  # the view it was made for, painted when no other is asked for
        self.view = view
        self._catalog = catalog  # None: the built-in poses, read on the first frame
        self.clock = clock
        self.machine: SessionMachine | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.show_now)

    def follow(self, machine: SessionMachine | None) -> None:
        self.machine = machine
        if machine is None:
            self.timer.stop()
            self.view.clear()
            return
        self.show_now()
        self.set_running(machine.state is State.RUNNING)

    def show_in(self, view: FigureView | None, interval_ms: int = FRAME_MS) -> None:
        """Paints into ``view`` from now on, at one frame every ``interval_ms`` (None: back
        to its own view at the full rate). The view left is cleared, so it never repaints
        while hidden and never shows a stale pose when it is uncovered."""
        target = view or self.home
        self.timer.setInterval(interval_ms if view is not None else FRAME_MS)
        if target is self.view:
            return
        self.view.clear()
        self.view = target
        self.show_now()

    def set_running(self, running: bool) -> None:
        if running and self.machine is not None:
            self.timer.start()
        else:
            self.timer.stop()
            self.show_now()  # the exact pose at the moment of the pause

    def show_now(self) -> None:
        machine = self.machine
        if machine is None:
            return
        step = machine.step
        poses = self._poses_for(machine.timeline, step)
        if poses is None:
            self.view.clear()
            return
        if step.kind in (StepKind.MOVE, StepKind.HOLD, StepKind.ACTIVITY):
            phase, fraction, other_side, first_rep = figure_moment(
                step, machine.step_remaining(self.clock())
            )
            self.view.show_moment(
                poses, phase, fraction, other_side=other_side, first_rep=first_rep
            )
        else:
            # The side the next repetition starts on: after a switch, the other one.
            other_side = step.kind is StepKind.SWITCH and step.side is Side.RIGHT
            self.view.show_pose(poses, start_pose(poses, other_side=other_side))

    def _poses_for(self, timeline: Timeline, step: Step) -> ExercisePoses | None:
        if step.item < 0:
            return None
        catalog = self._catalog or built_in_catalog()
        return catalog.for_exercise(timeline.items[step.item].exercise)
