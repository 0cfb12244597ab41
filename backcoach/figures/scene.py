"""One picture as shapes: props, a ghost of the next pose, the figure, arrows (no Qt)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from backcoach.figures.drawing import (
    Projected,
    Shape,
    figure_shapes,
    ghost_shape,
    point_of,
    project,
    project_point,
)
from backcoach.figures.exercise_poses import ExercisePoses, PropKind
from backcoach.figures.geometry import Point, Polygon, arrow, bounds, union_bounds
from backcoach.figures.kinematics import Body, joint_radii, solve
from backcoach.figures.pose import Pose
from backcoach.figures.props import prop_shapes

Box = tuple[float, float, float, float]  # left, bottom, right, top (figure units, y up)
MARGIN = 5.0
ARROW_WIDTH = 2.4
ARROW_HEAD = 7.0
ARROW_DEPTH = 2e6  # in front of everything
MIN_ARROW = 16.0
MOVERS = (
    "knuckles_near",
    "knuckles_far",
    "toe_near",
    "toe_far",
    "knee_near",
    "knee_far",
    "head",
    "pelvis",
    "waist",
    "chest",
)
LIMB_OF = {"knuckles": "arm", "toe": "leg", "knee": "leg"}


@dataclass(frozen=True)
class Scene:
    shapes: tuple[Shape, ...]
    box: Box


@dataclass(frozen=True)
class Framing:
    """What every picture of one exercise and side shares: the region to fit and the key
    poses the props are sized to (a mat as long as the longest pose). Worth caching."""

    box: Box
    bodies: tuple[Body, ...]
    still_props: tuple[Shape, ...] = ()  # everything but a bike, drawn the same each frame


def _figure_box(joints: Projected) -> Box:
    radii = joint_radii()
    xs0 = [x - radii.get(name, 3.0) for name, (x, _, _) in joints.items()]
    xs1 = [x + radii.get(name, 3.0) for name, (x, _, _) in joints.items()]
    ys0 = [y - radii.get(name, 3.0) for name, (_, y, _) in joints.items()]
    ys1 = [y + radii.get(name, 3.0) for name, (_, y, _) in joints.items()]
    return (min(xs0), min(ys0), max(xs1), max(ys1))


def framing(
    poses: ExercisePoses, mirrored: bool = False, names: Sequence[str] | None = None
) -> Framing:
    """Holds every key pose (or those named) and the props: a picture or an animation
    framed by it never jumps or crops."""
    bodies = tuple(
        solve(poses.pose(name).flipped(mirrored)) for name in (names or list(poses.poses))
    )
    boxes = [_figure_box(project(figure, poses.camera)) for figure in bodies]
    for figure in bodies:
        shapes = prop_shapes(poses.props, bodies, figure, poses.camera, mirrored)
        # The floor and the water run off the edges: they need not fit.
        boxes.extend(
            bounds(shape.polygons)
            for shape in shapes
            if shape.role != "floor" and not shape.role.startswith("water")
        )
    left, bottom, right, top = union_bounds(boxes)
    still = [prop for prop in poses.props if prop.kind is not PropKind.BICYCLE]
    return Framing(
        (left - MARGIN, bottom - MARGIN, right + MARGIN, top + MARGIN),
        bodies,
        tuple(prop_shapes(still, bodies, bodies[0], poses.camera, mirrored)),
    )


def motion_arrows(start: Projected, end: Projected, limit: int = 2) -> list[Shape]:
    """Arrows along the biggest movements from one pose to the next (one per limb)."""
    moves = sorted(
        ((math.dist(point_of(start, name), point_of(end, name)), name) for name in MOVERS),
        reverse=True,
    )
    centre = point_of(start, "waist")
    radii = joint_radii()
    shapes: list[Shape] = []
    used: list[tuple[str, Point]] = []
    biggest = moves[0][0]
    for distance, name in moves:
        if len(used) >= limit or distance < 9.0 or distance < 0.5 * biggest:
            break
        limb = LIMB_OF.get(name.split("_")[0], name)
        a, c = point_of(start, name), point_of(end, name)
        if any(limb == other_limb and math.dist(a, other) < 40 for other_limb, other in used):
            continue
        if any(math.dist(a, other) < 22 for _, other in used):
            continue
        used.append((limb, a))
        shapes.extend(_arrow_between(a, c, centre, radii.get(name, 4.0)))
    return shapes


def _arrow_shapes(line: Polygon, head: Polygon) -> list[Shape]:
    return [
        Shape("arrow", (line,), ARROW_DEPTH, fill=False, width=ARROW_WIDTH, halo=True),
        Shape("arrow", (head,), ARROW_DEPTH + 1),
    ]


def _arrow_between(a: Point, c: Point, centre: Point, clearance: float) -> list[Shape]:
    """Beside the moving part, just past its leading edge, bowed away from the body."""
    dx, dy = c[0] - a[0], c[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    shift = clearance + 3.0
    a2 = (a[0] + ux * shift, a[1] + uy * shift)
    reach = max(length * 0.85, MIN_ARROW)
    c2 = (a2[0] + ux * reach, a2[1] + uy * reach)
    middle = ((a2[0] + c2[0]) / 2, (a2[1] + c2[1]) / 2)
    away = (middle[0] - centre[0]) * -uy + (middle[1] - centre[1]) * ux
    bend = 0.2 if away >= 0 else -0.2
    return _arrow_shapes(*arrow(a2, c2, bend, ARROW_HEAD))


def _inside(arrows: list[Shape], box: Box) -> list[Shape]:
    """Arrows (line and head pairs) moved just inside the frame, so none is cut off."""
    out = []
    for line, head in zip(arrows[::2], arrows[1::2], strict=True):
        pad = line.width
        left, bottom, right, top = bounds(line.polygons + head.polygons)
        dx = max(0.0, box[0] - left + pad) - max(0.0, right + pad - box[2])
        dy = max(0.0, box[1] - bottom + pad) - max(0.0, top + pad - box[3])
        for shape in (line, head):
            moved = tuple(tuple((x + dx, y + dy) for x, y in p) for p in shape.polygons)
            out.append(replace(shape, polygons=moved))
    return out


def cue_arrows(poses: ExercisePoses, name: str, mirrored: bool) -> list[Shape]:
    """Arrows the pose file adds for a movement too small to see (a pelvic tilt)."""
    shapes = []
    for x1, y1, x2, y2, bend in poses.poses[name].arrows:
        a = project_point((x1, y1, 0.0), poses.camera, mirrored)
        c = project_point((x2, y2, 0.0), poses.camera, mirrored)
        # Flipping the picture flips which side the arrow bows to: keep it on the same side.
        bow = -bend if mirrored else bend
        shapes.extend(_arrow_shapes(*arrow((a[0], a[1]), (c[0], c[1]), bow, ARROW_HEAD)))
    return shapes


def build_scene(
    poses: ExercisePoses,
    pose: Pose,
    *,
    ghost: Pose | None = None,
    arrows: bool = False,
    cues_of: str | None = None,
    frame: Framing | None = None,
    ghost_visible: bool = True,
) -> Scene:
    """The shapes for ``pose`` with its exercise's props (flipped when the pose is mirrored);
    ``ghost`` is the next pose, shown see-through (unless not ``ghost_visible``), with
    ``arrows`` along the way to it."""
    mirrored = pose.mirrored
    frame = frame or framing(poses, mirrored)
    figure = solve(pose)
    joints = project(figure, poses.camera)
    shapes = figure_shapes(joints)
    if ghost is not None:
        ghost_joints = project(solve(ghost.flipped(mirrored)), poses.camera)
        if ghost_visible:
            shapes.append(ghost_shape(ghost_joints))
        cues = cue_arrows(poses, cues_of, mirrored) if cues_of is not None else []
        # A pose's own arrows replace the automatic ones: they show what matters.
        if arrows:
            shapes.extend(_inside(cues or motion_arrows(joints, ghost_joints), frame.box))
    shapes.extend(frame.still_props)
    moving = [prop for prop in poses.props if prop.kind is PropKind.BICYCLE]
    if moving:
        shapes.extend(
            prop_shapes(moving, frame.bodies, figure, poses.camera, mirrored, floor=False)
        )
    shapes.sort(key=lambda shape: shape.depth)
    return Scene(tuple(shapes), frame.box)
