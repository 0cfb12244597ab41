"""Shapes for what the figure lies on, leans on or rides: floor, mat, wall, step, chair,
towel, pool and bicycle (no Qt)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from backcoach.figures.drawing import Shape, project_point
from backcoach.figures.exercise_poses import Prop, PropKind
from backcoach.figures.geometry import Point, Polygon, circle, convex_hull
from backcoach.figures.kinematics import Body, Vec

MAT_THICKNESS = 3.5
MAT_HALF_WIDTH = 32.0
WHEEL_RADIUS = 33.0
BACK = -1e6  # depth of what is drawn behind the figure
FRONT = 1e6


Span = tuple[float, float]


@dataclass(frozen=True)
class _Place:
    """Where props go: the camera, and the room the figure takes in every key pose."""

    camera: float
    mirrored: bool
    left: float
    right: float
    top: float
    current: Body  # the pose drawn now (a bike fits itself to it)

    def point(self, point: Vec) -> Point:
        x, y, _ = project_point(point, self.camera, self.mirrored)
        return (x, y)

    def box(self, xs: Span, ys: Span, zs: Span) -> Polygon:
        corners = [(x, y, z) for x in xs for y in ys for z in zs]
        return convex_hull(self.point(corner) for corner in corners)


def prop_shapes(
    props: Sequence[Prop],
    bodies: Sequence[Body],
    current: Body,
    camera: float,
    mirrored: bool,
    *,
    floor: bool = True,
) -> list[Shape]:
    """Props sized to the figure: ``bodies`` are every pose the picture must fit. Props are
    placed as the file has them, then flipped with the figure when ``mirrored``; the floor
    line comes too, unless not ``floor``."""
    if mirrored:  # the bodies come flipped; put them back where the props are authored
        bodies = [figure.mirrored() for figure in bodies]
        current = current.mirrored()
    xs = [p[0] for figure in bodies for p in figure.joints.values()]
    ys = [p[1] for figure in bodies for p in figure.joints.values()]
    place = _Place(camera, mirrored, min(xs), max(xs), max(ys), current)
    shapes: list[Shape] = []
    kinds = {prop.kind for prop in props}
    if floor and camera < 30 and PropKind.POOL not in kinds:
        level = -MAT_THICKNESS if PropKind.MAT in kinds else 0.0  # the mat lies on the floor
        line = (place.point((place.left - 40, level, 0)), place.point((place.right + 40, level, 0)))
        shapes.append(Shape("floor", (line,), BACK, fill=False, width=1.2))
    for prop in props:
        shapes.extend(_BUILDERS[prop.kind](prop, place))
    return shapes


def _mat(prop: Prop, place: _Place) -> list[Shape]:
    x0 = prop.x if prop.width else place.left - 14
    x1 = prop.x + prop.width if prop.width else place.right + 14
    mat = place.box((x0, x1), (-MAT_THICKNESS, 0), (-MAT_HALF_WIDTH, MAT_HALF_WIDTH))
    return [Shape("mat", (mat,), BACK + 1)]


def _wall(prop: Prop, place: _Place) -> list[Shape]:
    away = 1.0 if prop.x >= (place.left + place.right) / 2 else -1.0
    height = prop.height or place.top + 25
    wall = place.box((prop.x, prop.x + away * 10), (0, height), (-60, -40))
    face = (place.point((prop.x, 0, -40)), place.point((prop.x, height, -40)))
    return [
        Shape("prop", (wall,), BACK + 2),
        Shape("prop_edge", (face,), BACK + 3, fill=False, width=1.2),
    ]


def _step(prop: Prop, place: _Place) -> list[Shape]:
    step = place.box((prop.x, prop.x + (prop.width or 30)), (0, prop.height or 20), (-25, 25))
    return [Shape("prop", (step,), BACK + 2)]


def _towel(prop: Prop, place: _Place) -> list[Shape]:
    half = (prop.width or 24) / 2
    towel = place.box(
        (prop.x - half, prop.x + half), (prop.y, prop.y + (prop.height or 3)), (-14, 14)
    )
    return [Shape("towel", (towel,), BACK + 4)]


def _chair(prop: Prop, place: _Place) -> list[Shape]:
    seat_height = prop.height or 46
    depth = prop.width or 42
    seat = place.box((prop.x - depth, prop.x), (seat_height - 4, seat_height), (-20, 20))
    legs = tuple(
        (place.point((x, 0, 0)), place.point((x, seat_height - 4, 0)))
        for x in (prop.x - depth + 3, prop.x - 3)
    )
    back = (
        (
            place.point((prop.x - depth + 2, seat_height, 0)),
            place.point((prop.x - depth - 2, seat_height + 42, 0)),
        ),
    )
    return [
        Shape("prop", (seat,), BACK + 2),
        Shape("prop_edge", legs + back, BACK + 2, fill=False, width=3.0),
    ]


def _pool(prop: Prop, place: _Place) -> list[Shape]:
    surface = prop.height or 0.0
    x0, x1 = place.left - 30, place.right + 30
    water = place.box((x0, x1), (surface - 45, surface), (-1, 1))
    waves: list[Point] = []
    steps = 48
    for i in range(steps + 1):
        x = x0 + (x1 - x0) * i / steps
        waves.append(place.point((x, surface + 1.6 * math.sin(x / 6.0), 0)))
    # One see-through layer over everything: the water's colour and the swimmer's
    # submerged half in one fill (two large see-through fills cost a frame's budget).
    return [
        Shape("water_front", (water,), FRONT),
        Shape("water_edge", (tuple(waves),), FRONT + 1, fill=False, width=1.6),
    ]


def _bicycle(prop: Prop, place: _Place) -> list[Shape]:
    """A bike under the rider: saddle below the pelvis, bars at the hands, cranks to the
    pedals under the balls of the feet."""
    joints = place.current.joints
    bracket = (prop.x, prop.y or 28.0, 0.0)
    rear = (bracket[0] - 42, WHEEL_RADIUS, 0.0)
    front = (bracket[0] + 62, WHEEL_RADIUS, 0.0)
    pelvis = joints["pelvis"]
    saddle = (pelvis[0] - 2, pelvis[1] - 13, 0.0)
    hand = joints["knuckles_near"]
    bars = (hand[0] - 2, hand[1] - 2, 0.0)
    head_tube = (bars[0] - 5, bars[1] - 14, 0.0)
    fork_base = (head_tube[0] - 1, head_tube[1] - 15, 0.0)
    frame = (
        (bracket, saddle),
        (bracket, fork_base),
        (saddle, head_tube),
        (head_tube, bars),
        (bracket, rear),
        (saddle, rear),
        (fork_base, front),
    )
    lines = tuple((place.point(a), place.point(c)) for a, c in frame)
    saddle_shape = place.box((saddle[0] - 9, saddle[0] + 7), (saddle[1], saddle[1] + 3.5), (-6, 6))
    rings = [circle(*place.point(hub), WHEEL_RADIUS, 40) for hub in (rear, front)]
    wheels = tuple((*ring, ring[0]) for ring in rings)  # closed, to stroke
    shapes = [
        Shape("bike", wheels, BACK + 2, fill=False, width=2.4),
        Shape("bike", lines, -3.0, fill=False, width=2.8),
        Shape("bike", (saddle_shape,), -2.9),
    ]
    for side, depth in (("near", 8.0), ("far", -9.0)):
        heel, toe = joints[f"heel_{side}"], joints[f"toe_{side}"]
        pedal = tuple(heel[i] + (toe[i] - heel[i]) * 0.62 for i in range(3))
        crank = ((place.point(bracket), place.point((pedal[0], pedal[1], 0.0))),)
        shapes.append(Shape("bike", crank, depth, fill=False, width=2.6))
    return shapes


_BUILDERS: dict[PropKind, Callable[[Prop, _Place], list[Shape]]] = {
    PropKind.MAT: _mat,
    PropKind.WALL: _wall,
    PropKind.STEP: _step,
    PropKind.CHAIR: _chair,
    PropKind.TOWEL: _towel,
    PropKind.POOL: _pool,
    PropKind.BICYCLE: _bicycle,
}
