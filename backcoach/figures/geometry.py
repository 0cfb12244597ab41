"""Plane geometry for drawing: rounded capsules, hulls of circles, curved arrows, bounds."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Point = tuple[float, float]
Polygon = tuple[Point, ...]
Circle = tuple[float, float, float]  # x, y, radius

ARC_STEPS = 28
"""Points on a full circle: smooth to well under a pixel even full screen."""


def circle(x: float, y: float, radius: float, steps: int = ARC_STEPS) -> Polygon:
    return tuple(
        (
            x + radius * math.cos(2 * math.pi * i / steps),
            y + radius * math.sin(2 * math.pi * i / steps),
        )
        for i in range(steps)
    )


def _arc(cx: float, cy: float, radius: float, start: float, sweep: float) -> list[Point]:
    steps = max(2, math.ceil(abs(sweep) / (2 * math.pi) * ARC_STEPS))
    return [
        (
            cx + radius * math.cos(start + sweep * i / steps),
            cy + radius * math.sin(start + sweep * i / steps),
        )
        for i in range(steps + 1)
    ]


def capsule(first: Circle, second: Circle) -> Polygon:
    """The outline of two circles joined by their outer tangents: a tapered, rounded limb."""
    x1, y1, r1 = first
    x2, y2, r2 = second
    distance = math.hypot(x2 - x1, y2 - y1)
    if distance <= abs(r1 - r2) + 1e-9:
        big = first if r1 >= r2 else second
        return circle(*big)
    heading = math.atan2(y2 - y1, x2 - x1)
    spread = math.acos(max(-1.0, min(1.0, (r1 - r2) / distance)))
    # Round the far end from one tangent to the other, then the near end back again.
    points = _arc(x2, y2, r2, heading - spread, 2 * spread)
    points += _arc(x1, y1, r1, heading + spread, 2 * (math.pi - spread))
    return tuple(points)


def convex_hull(points: Iterable[Point]) -> Polygon:
    """Andrew's monotone chain; the hull in counter-clockwise order."""
    unique = sorted(set(points))
    if len(unique) <= 2:
        return tuple(unique)

    def cross(o: Point, a: Point, c: Point) -> float:
        return (a[0] - o[0]) * (c[1] - o[1]) - (a[1] - o[1]) * (c[0] - o[0])

    lower: list[Point] = []
    for point in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], point) <= 0:
            lower.pop()
        lower.append(point)
    upper: list[Point] = []
    for point in reversed(unique):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], point) <= 0:
            upper.pop()
        upper.append(point)
    return tuple(lower[:-1] + upper[:-1])


def bezier(start: Point, control: Point, end: Point, steps: int = 16) -> Polygon:
    out = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        out.append(
            (
                u * u * start[0] + 2 * u * t * control[0] + t * t * end[0],
                u * u * start[1] + 2 * u * t * control[1] + t * t * end[1],
            )
        )
    return tuple(out)


def arrow(start: Point, end: Point, bend: float, head: float) -> tuple[Polygon, Polygon]:
    """A curved arrow: its line (to stroke) and its head (to fill). ``bend`` bows it sideways
    by that fraction of its length (+ to the left of travel)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    normal = (-dy / length, dx / length)
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    control = (middle[0] + normal[0] * bend * length, middle[1] + normal[1] * bend * length)
    line = bezier(start, control, end)
    # The head points along the curve's last direction; the line stops at the head's base.
    tx, ty = end[0] - control[0], end[1] - control[1]
    tangent_length = math.hypot(tx, ty) or 1.0
    tx, ty = tx / tangent_length, ty / tangent_length
    base = (end[0] - tx * head, end[1] - ty * head)
    tip = (end[0] + tx * head * 0.25, end[1] + ty * head * 0.25)
    wing = head * 0.62
    head_shape = (
        tip,
        (base[0] - ty * wing, base[1] + tx * wing),
        (base[0] + ty * wing, base[1] - tx * wing),
    )
    trimmed = [p for p in line if (p[0] - end[0]) * tx + (p[1] - end[1]) * ty < -head * 0.8]
    return (*trimmed, base), head_shape


def band(points: Sequence[Point], width: float) -> tuple[Polygon, ...]:
    """A line ``width`` wide as polygons to fill (filling is much cheaper than stroking):
    one outline for an open line, an outer and an inner one for a closed ring."""
    closed = len(points) > 2 and points[0] == points[-1]
    pts = list(points[:-1]) if closed else list(points)
    count = len(pts)
    if count < 2:
        return ()
    half = width / 2
    left: list[Point] = []
    right: list[Point] = []
    for i in range(count):
        before = pts[i - 1] if (i > 0 or closed) else pts[i]
        after = pts[(i + 1) % count] if (i < count - 1 or closed) else pts[i]
        dx, dy = after[0] - before[0], after[1] - before[1]
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length * half, dx / length * half
        left.append((pts[i][0] + nx, pts[i][1] + ny))
        right.append((pts[i][0] - nx, pts[i][1] - ny))
    if closed:
        return tuple(left), tuple(right)
    return (tuple(left + right[::-1]),)


def bounds(polygons: Iterable[Sequence[Point]]) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) around every point; all zeros when there are none."""
    xs: list[float] = []
    ys: list[float] = []
    for polygon in polygons:
        for x, y in polygon:
            xs.append(x)
            ys.append(y)
    if not xs:
        return (0.0, 0.0, 0.0, 0.0)
    return (min(xs), min(ys), max(xs), max(ys))


def union_bounds(
    boxes: Iterable[tuple[float, float, float, float]],
) -> tuple[float, float, float, float]:
    items = list(boxes)
    return (
        min(b[0] for b in items),
        min(b[1] for b in items),
        max(b[2] for b in items),
        max(b[3] for b in items),
    )
