"""A posed Body turned into flat, depth-ordered shapes as the camera sees it (no Qt)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from backcoach.figures import body as b
from backcoach.figures.geometry import Circle, Point, Polygon, bounds
from backcoach.figures.kinematics import Body, Vec

Projected = dict[str, tuple[float, float, float]]  # joint -> (x, y, depth towards you)
Capsule = tuple[Circle, Circle]  # two circles joined by their outer tangents
NOSE_RADIUS = 2.4


@dataclass(frozen=True)
class Shape:
    """Something to draw in figure units, with a colour role the painter looks up.

    Body parts are ``capsules`` (rounded, tapered limbs); props and arrows are
    ``polygons``: filled, or open lines ``width`` wide when not ``fill``. A shape with a
    ``halo`` gets a thin rim of page colour that parts it from what is behind.
    """

    role: str
    polygons: tuple[Polygon, ...] = ()
    depth: float = 0.0
    fill: bool = True
    width: float = 0.0
    halo: bool = False
    capsules: tuple[Capsule, ...] = ()


def shape_bounds(shape: Shape) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of everything the shape covers."""
    boxes = [bounds(shape.polygons)] if shape.polygons else []
    boxes += [(x - r, y - r, x + r, y + r) for pair in shape.capsules for x, y, r in pair]
    return (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )


def project(figure: Body, camera: float) -> Projected:
    """Orthographic view from the side, tilted ``camera`` degrees down."""
    c, s = math.cos(math.radians(camera)), math.sin(math.radians(camera))
    return {name: (x, y * c - z * s, z * c + y * s) for name, (x, y, z) in figure.joints.items()}


def project_point(point: Vec, camera: float, mirrored: bool) -> tuple[float, float, float]:
    c, s = math.cos(math.radians(camera)), math.sin(math.radians(camera))
    x, y, z = point
    return ((-x if mirrored else x), y * c - z * s, z * c + y * s)


def point_of(joints: Projected, name: str) -> Point:
    x, y, _ = joints[name]
    return (x, y)


def _c(joints: Projected, name: str, radius: float) -> Circle:
    x, y, _ = joints[name]
    return (x, y, radius)


def _depth(joints: Projected, names: Iterable[str]) -> float:
    values = [joints[name][2] for name in names]
    return sum(values) / len(values)


def _spine_tube(joints: Projected, steps: int = 4) -> list[Capsule]:
    """The trunk as one smooth bent tube through pelvis, waist and chest, so a rounded or
    dipped back reads as a curve, not a corner."""
    r = b.TRUNK_RADII
    p, w, c = (point_of(joints, name) for name in ("pelvis", "waist", "chest"))
    # The control point that makes the curve pass through the waist halfway along.
    k = (2 * w[0] - (p[0] + c[0]) / 2, 2 * w[1] - (p[1] + c[1]) / 2)
    circles: list[Circle] = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        x = u * u * p[0] + 2 * u * t * k[0] + t * t * c[0]
        y = u * u * p[1] + 2 * u * t * k[1] + t * t * c[1]
        radius = (
            r["pelvis"] + (r["waist"] - r["pelvis"]) * 2 * t
            if t <= 0.5
            else r["waist"] + (r["chest"] - r["waist"]) * (2 * t - 1)
        )
        circles.append((x, y, radius))
    return list(pairwise(circles))


def _triangle(centre: Circle, first: Circle, second: Circle) -> list[Capsule]:
    """Capsules from a centre to two side joints and between them: the trunk's width seen
    from the front (side-lying); seen from the side the joints hide behind the centre."""
    hidden = [math.dist(j[:2], centre[:2]) <= centre[2] - j[2] for j in (first, second)]
    if all(hidden):
        return [(centre, centre)]
    return [(centre, first), (centre, second), (first, second)]


def _limb(joints: Projected, side: str, chain: tuple[tuple[str, str, str], ...]) -> list[Capsule]:
    out = []
    for segment, start, end in chain:
        r0, r1 = b.LIMB_RADII[segment]
        out.append((_c(joints, f"{start}_{side}", r0), _c(joints, f"{end}_{side}", r1)))
    return out


LEG = (("thigh", "hip", "knee"), ("shin", "knee", "ankle"), ("foot", "heel", "toe"))
ARM = (
    ("upper_arm", "shoulder", "elbow"),
    ("forearm", "elbow", "wrist"),
    ("hand", "wrist", "knuckles"),
)


def body_groups(joints: Projected) -> list[tuple[str, float, list[Capsule]]]:
    """(near/far/body, depth, capsules) for the trunk, the head and each limb."""
    r = b.TRUNK_RADII
    trunk = _spine_tube(joints)
    trunk += _triangle(
        _c(joints, "pelvis", r["pelvis"]),
        _c(joints, "hip_near", r["hip"]),
        _c(joints, "hip_far", r["hip"]),
    )
    trunk += _triangle(
        _c(joints, "chest", r["chest"]),
        _c(joints, "shoulder_near", r["shoulder"]),
        _c(joints, "shoulder_far", r["shoulder"]),
    )
    head_circle = _c(joints, "head", b.HEAD_RADIUS)
    head = [
        (_c(joints, "neck_base", r["neck"]), _c(joints, "head_base", r["neck"])),
        (head_circle, head_circle),
    ]
    nose = _c(joints, "nose", NOSE_RADIUS)
    if math.dist(nose[:2], head_circle[:2]) > b.HEAD_RADIUS * 0.55:  # hidden when turned
        head.append((nose, nose))
    groups = [
        ("body", _depth(joints, ("pelvis", "waist", "chest")), trunk),
        ("body", joints["head"][2] + 0.01, head),
    ]
    for side in b.SIDES:
        # Ties (a side-lying figure's stacked legs) go to the near side, drawn last.
        bias = 0.02 if side == "near" else 0.0
        for chain in (LEG, ARM):
            names = [f"{joint}_{side}" for _, joint, _ in chain]
            groups.append((side, _depth(joints, names) + bias, _limb(joints, side, chain)))
    return groups


def figure_shapes(joints: Projected) -> list[Shape]:
    """The figure's parts back to front. A part drawn over one of the same colour (a near
    arm over the trunk) gets a halo to tell them apart; where the colours already differ
    (far limbs) it needs none, which halves the drawing."""
    shapes = []
    seen_dark = False
    for role, depth, capsules in sorted(body_groups(joints), key=lambda group: group[1]):
        dark = role != "far"
        shapes.append(Shape(role, depth=depth, halo=dark and seen_dark, capsules=tuple(capsules)))
        seen_dark = seen_dark or dark
    return shapes


def ghost_shape(joints: Projected) -> Shape:
    """The whole figure as one see-through shape (overlaps are not darker)."""
    capsules = tuple(c for _, _, group in body_groups(joints) for c in group)
    return Shape("ghost", depth=-1e6, capsules=capsules)
