"""Paints a Scene with QPainter: palette colours, anti-aliased, scaled to fit any rectangle."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPolygonF,
    QTransform,
)

from backcoach.figures.animation import key_pose
from backcoach.figures.drawing import Shape
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.geometry import Circle, Polygon, band, capsule
from backcoach.figures.scene import Box, Scene, build_scene, framing

HALO = 1.1  # figure units of background-coloured outline around each body part
MIN_LINE_PX = 1.0


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def _alpha(colour: QColor, alpha: float) -> QColor:
    out = QColor(colour)
    out.setAlphaF(alpha)
    return out


@dataclass(frozen=True)
class FigureStyle:
    """The colour of each role a Scene uses, all derived from one palette."""

    colours: dict[str, QColor]
    background: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> FigureStyle:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        dark = base.lightnessF() < 0.5
        # The figure in the accent hue, pulled towards the text colour for contrast.
        near = _mix(accent, text, 0.15 if dark else 0.3)
        warm = QColor("#ff9d57") if dark else QColor("#cf4f12")
        water = QColor("#4aa3df")
        return cls(
            {
                "near": near,
                "body": near,
                "far": _mix(near, base, 0.42),
                "ghost": _alpha(near, 0.2),
                "arrow": warm,
                "floor": _mix(text, base, 0.55),
                "mat": _mix(accent, base, 0.6),
                "prop": _mix(text, base, 0.84),
                "prop_edge": _mix(text, base, 0.55),
                "towel": _mix(warm, base, 0.55),
                "water_front": _alpha(water, 0.36),
                "water_edge": _mix(water, text, 0.2),
                "bike": _mix(text, base, 0.35),
                "caption": _mix(text, base, 0.3),
            },
            base,
        )


def transform_for(box: Box, target: QRectF, *, on_bottom: bool = False) -> QTransform:
    """Figure units (y up) onto the target, scaled to fit and centred, y flipped; with
    ``on_bottom`` the floor sits on the target's bottom edge (a row of poses lines up)."""
    left, bottom, right, top = box
    width, height = max(right - left, 1e-6), max(top - bottom, 1e-6)
    scale = min(target.width() / width, target.height() / height)
    dx = target.center().x() - (left + right) / 2 * scale
    dy = target.center().y() + (bottom + top) / 2 * scale
    if on_bottom:
        dy = target.bottom() + bottom * scale
    return QTransform(scale, 0.0, 0.0, -scale, dx, dy)


def _polygon(points: Polygon) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


_OUTLINES: dict[tuple[int, int, int], QPolygonF] = {}
OUTLINES_KEPT = 4000


def _capsule_outline(first: Circle, second: Circle, grow: float) -> QPolygonF:
    """A limb's outline, made once per size (limbs keep their lengths) and turned into
    place by Qt: far cheaper per frame than building every point in Python."""
    x1, y1, r1 = first
    x2, y2, r2 = second
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    key = (round((r1 + grow) * 20), round((r2 + grow) * 20), round(length * 10))
    local = _OUTLINES.get(key)
    if local is None:
        if len(_OUTLINES) >= OUTLINES_KEPT:
            _OUTLINES.clear()
        local = _polygon(capsule((0.0, 0.0, key[0] / 20), (key[2] / 10, 0.0, key[1] / 20)))
        _OUTLINES[key] = local
    cos, sin = (dx / length, dy / length) if length > 1e-9 else (1.0, 0.0)
    return QTransform(cos, sin, -sin, cos, x1, y1).map(local)


def paint_scene(
    painter: QPainter,
    target: QRectF,
    scene: Scene,
    style: FigureStyle,
    *,
    opacity: float = 1.0,
    on_bottom: bool = False,
) -> None:
    """Draws the scene fitted into ``target`` (the painter's logical pixels)."""
    transform = transform_for(scene.box, target, on_bottom=on_bottom)
    pixel = 1.0 / transform.m11()  # one pixel in figure units
    halo = max(HALO, 0.8 * pixel)  # never thinner than about a pixel
    painter.save()
    painter.setClipRect(target, Qt.ClipOperation.IntersectClip)  # water runs to the edges
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setTransform(transform, True)
    painter.setOpacity(painter.opacity() * opacity)
    painter.setPen(Qt.PenStyle.NoPen)
    for shape in scene.shapes:
        colour = style.colours.get(shape.role, style.colours["near"])
        if not shape.fill:
            _stroke(painter, shape, colour, style.background, pixel)
            continue
        outlines = [_polygon(points) for points in shape.polygons]
        outlines += [_capsule_outline(a, c, 0.0) for a, c in shape.capsules]
        if colour.alpha() < 255:
            # One path for a see-through shape, so where its parts overlap is not darker.
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for outline in outlines:
                path.addPolygon(outline)
                path.closeSubpath()
            painter.fillPath(path, QBrush(colour))
            continue
        if shape.halo:  # the parts grown a little, in page colour, first
            painter.setBrush(style.background)
            for a, c in shape.capsules:
                painter.drawPolygon(_capsule_outline(a, c, halo))
        painter.setBrush(colour)
        for outline in outlines:
            painter.drawPolygon(outline)
    painter.restore()


def _stroke(
    painter: QPainter, shape: Shape, colour: QColor, background: QColor, pixel: float
) -> None:
    """Lines as thin filled bands (never thinner than a pixel), over a wider band of the
    page colour when the line has a halo."""
    width = max(shape.width, MIN_LINE_PX * pixel)
    layers = [(colour, width)]
    if shape.halo:
        layers.insert(0, (background, width + 2 * max(HALO, 0.8 * pixel)))
    painter.setPen(Qt.PenStyle.NoPen)
    for layer_colour, layer_width in layers:
        painter.setBrush(layer_colour)
        for points in shape.polygons:
            outlines = band(points, layer_width)
            if len(outlines) == 1:
                painter.drawPolygon(_polygon(outlines[0]))
            elif outlines:  # a ring: the inner outline is a hole
                path = QPainterPath()
                path.setFillRule(Qt.FillRule.OddEvenFill)
                for outline in outlines:
                    path.addPolygon(_polygon(outline))
                    path.closeSubpath()
                painter.drawPath(path)


def render_image(
    scene: Scene,
    size: QSize,
    style: FigureStyle,
    *,
    ratio: float = 1.0,
    background: QColor | None = None,
    margin: float = 0.0,
) -> QImage:
    """The scene in a new image of ``size`` logical pixels (times ``ratio`` for HiDPI),
    transparent unless a background is given."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(background if background is not None else Qt.GlobalColor.transparent)
    painter = QPainter(image)
    target = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
    paint_scene(painter, target, scene, style)
    painter.end()
    return image


def thumbnail_image(
    poses: ExercisePoses, size: QSize, style: FigureStyle, ratio: float = 1.0
) -> QImage:
    """The exercise's most telling pose, small, on a rounded card of the page colour (so
    it reads on a selected row too): no ghost, no arrows."""
    name = poses.thumbnail_pose()
    pose = key_pose(poses, name)
    scene = build_scene(poses, pose, frame=framing(poses, pose.mirrored, [name]))
    card = QRectF(0, 0, size.width(), size.height())
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.background)
    painter.drawRoundedRect(card, 5, 5)
    paint_scene(painter, card.adjusted(3, 3, -3, -3), scene, style)
    painter.end()
    return image
