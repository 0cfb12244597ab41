"""Paints an exercise's key poses side by side, an arrow from each to the next."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPen, QPolygonF

from backcoach.figures.animation import key_pose, side_mirrored
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.painter import FigureStyle, paint_scene, transform_for
from backcoach.figures.scene import build_scene, framing

GAP = 34.0  # room between poses in a strip, for the arrow


def strip_aspect(poses: ExercisePoses) -> float:
    """Width over height of one pose panel: every panel shares the exercise's framing."""
    left, bottom, right, top = framing(poses).box
    return (right - left) / max(top - bottom, 1e-6)


def _next_arrow(painter: QPainter, centre: QPointF, size: float, style: FigureStyle) -> None:
    half = size / 2
    pen = QPen(style.colours["arrow"], max(1.5, size / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(
        QPointF(centre.x() - half, centre.y()), QPointF(centre.x() + half * 0.4, centre.y())
    )
    head = QPolygonF(
        [
            QPointF(centre.x() + half, centre.y()),
            QPointF(centre.x() + half * 0.2, centre.y() - half * 0.55),
            QPointF(centre.x() + half * 0.2, centre.y() + half * 0.55),
        ]
    )
    path = QPainterPath()
    path.addPolygon(head)
    path.closeSubpath()
    painter.fillPath(path, QBrush(style.colours["arrow"]))


def paint_strip(
    painter: QPainter,
    rect: QRectF,
    poses: ExercisePoses,
    style: FigureStyle,
    *,
    captions: bool = True,
    other_side: bool = False,
    motion: bool = True,
) -> None:
    """Key poses left to right in ``rect``, each fitted to the same framing, an arrow in
    each gap and the pose's label under it; the last shows no motion (it is the goal)."""
    names = poses.shown()
    count = len(names)
    caption_height = max(12.0, rect.height() * 0.12) if captions else 0.0
    gap = min(GAP, rect.width() * 0.06) if count > 1 else 0.0
    width = (rect.width() - gap * (count - 1)) / count
    frame = framing(poses, side_mirrored(poses, other_side))
    font = QFont(painter.font())
    font.setBold(False)
    font.setPixelSize(max(9, round(caption_height * 0.62)))
    for index, name in enumerate(names):
        left = rect.left() + index * (width + gap)
        panel = QRectF(left, rect.top(), width, rect.height() - caption_height)
        following = names[index + 1] if index + 1 < count else None
        pose = key_pose(poses, name, other_side=other_side)
        ghost = key_pose(poses, following, other_side=other_side) if following else None
        scene = build_scene(
            poses,
            pose,
            ghost=ghost if motion else None,
            arrows=motion and ghost is not None,
            cues_of=name,
            frame=frame,
            ghost_visible=False,
        )
        paint_scene(painter, panel, scene, style, on_bottom=True)
        if captions:
            painter.setFont(font)
            painter.setPen(style.colours["caption"])
            label = poses.poses[name].label or name.replace("-", " ")
            painter.drawText(
                QRectF(left, panel.bottom(), width, caption_height),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                label,
            )
        if following is not None:
            drawn = transform_for(frame.box, panel, on_bottom=True).mapRect(
                QRectF(QPointF(frame.box[0], frame.box[1]), QPointF(frame.box[2], frame.box[3]))
            )
            centre = QPointF(left + width + gap / 2, drawn.center().y())
            _next_arrow(painter, centre, gap * 0.8, style)
