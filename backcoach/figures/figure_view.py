"""A widget that shows one moment of an exercise: a still pose, or a frame of its movement."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from backcoach.figures.animation import pose_at
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.painter import FigureStyle, paint_scene
from backcoach.figures.pose import Pose
from backcoach.figures.scene import Framing, build_scene, framing

MARGIN = 0.04  # of the smaller side, so limbs never touch the edge


class FigureView(QWidget):
    """Paints a Pose of an exercise, fitted and centred; repaints only when it changes.

    The player calls ``show_moment`` on each tick: a paused or holding figure gives the
    same pose again, which costs nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._poses: ExercisePoses | None = None
        self._pose: Pose | None = None
        self._framing: dict[tuple[int, bool], Framing] = {}
        self._style = FigureStyle.from_palette(self.palette())
        self.paints = 0  # for tests and benchmarks: how often it really painted

    @property
    def pose(self) -> Pose | None:
        return self._pose

    def show_pose(self, poses: ExercisePoses, pose: Pose) -> None:
        if poses is not self._poses:
            self._poses = poses
            self._framing.clear()
        elif pose == self._pose:
            return
        self._pose = pose
        self.update()

    def show_moment(
        self,
        poses: ExercisePoses,
        phase_index: int,
        fraction: float,
        *,
        other_side: bool = False,
        first_rep: bool = False,
    ) -> None:
        """The pose ``fraction`` of the way through a phase (see ``animation.pose_at``)."""
        self.show_pose(
            poses, pose_at(poses, phase_index, fraction, other_side=other_side, first_rep=first_rep)
        )

    def _target(self) -> QRectF:
        margin = MARGIN * min(self.width(), self.height())
        return QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)

    def _frame(self, poses: ExercisePoses, mirrored: bool) -> Framing:
        key = (id(poses), mirrored)
        if key not in self._framing:
            self._framing[key] = framing(poses, mirrored)
        return self._framing[key]

    def clear(self) -> None:
        self._poses = None
        self._pose = None
        self._framing.clear()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(64, 48)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style = FigureStyle.from_palette(self.palette())
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if self._poses is None or self._pose is None:
            return
        frame = self._frame(self._poses, self._pose.mirrored)
        scene = build_scene(self._poses, self._pose, frame=frame)
        painter = QPainter(self)
        paint_scene(painter, self._target(), scene, self._style)
        painter.end()
        self.paints += 1
