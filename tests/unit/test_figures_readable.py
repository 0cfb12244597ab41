"""The five pictures once unclear (issue #14) show their movement by a measurable amount."""

from __future__ import annotations

import math

from backcoach.figures.catalog import built_in_catalog
from backcoach.figures.drawing import project
from backcoach.figures.exercise_poses import PropKind
from backcoach.figures.kinematics import Body, solve
from backcoach.figures.measure import part_gap
from backcoach.figures.scene import framing

CATALOG = built_in_catalog()


def body(exercise_id: str, name: str) -> Body:
    return solve(CATALOG.poses[exercise_id].pose(name))


def lower_back_angle(figure: Body) -> float:
    """Direction of the lower back (pelvis to waist) in the side view, in degrees."""
    (px, py, _), (wx, wy, _) = figure.joints["pelvis"], figure.joints["waist"]
    return math.degrees(math.atan2(wy - py, wx - px))


def test_pelvic_tilt_rolls_the_pelvis_clearly() -> None:
    start, flat = body("pelvic-tilt", "start"), body("pelvic-tilt", "flat")
    # 12 degrees was too little to see; the hold flattens the back by at least 20.
    assert abs(lower_back_angle(flat) - lower_back_angle(start)) >= 20.0
    assert CATALOG.poses["pelvic-tilt"].poses["start"].arrows  # and an arrow says so


def test_lower_back_rotation_drops_both_knees_together_in_the_drawn_view() -> None:
    poses = CATALOG.poses["lower-back-rotation"]
    assert poses.camera >= 80.0  # seen from above, where a twist shows
    before = project(body("lower-back-rotation", "start"), poses.camera)
    after = project(body("lower-back-rotation", "knees-down"), poses.camera)
    height = framing(poses).box[3] - framing(poses).box[1]
    moves = [after[knee][1] - before[knee][1] for knee in ("knee_near", "knee_far")]
    # Both to the same side of the picture, each by a fifth of the picture or more.
    assert all(move <= -0.2 * height for move in moves), (moves, height)
    near, far = after["knee_near"], after["knee_far"]
    assert math.dist(near[:2], far[:2]) <= 20.0  # side by side, not splayed apart


def test_prone_lift_rises_a_visible_part_of_the_picture() -> None:
    poses = CATALOG.poses["prone-arm-leg-lift"]
    box = framing(poses).box
    height = box[3] - box[1]
    lifted = body("prone-arm-leg-lift", "lifted")
    for part in ("hand_far", "foot_near"):
        assert part_gap(lifted, part) >= 0.3 * height, (part, part_gap(lifted, part), height)
        assert part_gap(lifted, part) <= 20.0  # still "a few centimetres", not a high arch


def test_seated_twist_starts_facing_ahead() -> None:
    start = body("seated-spinal-twist", "start")
    near, far = start.joints["shoulder_near"], start.joints["shoulder_far"]
    assert abs(near[0] - far[0]) <= 2.0  # the shoulder line square to the way it faces
    for side in ("near", "far"):
        # Arms at the sides, not already reaching across to the knee.
        reach = start.joints[f"wrist_{side}"][0] - start.joints[f"shoulder_{side}"][0]
        assert abs(reach) <= 12.0, (side, reach)
    turned = body("seated-spinal-twist", "turned")
    assert abs(turned.joints["shoulder_near"][0] - turned.joints["shoulder_far"][0]) >= 10.0


def test_quadriceps_stretch_stands_side_on_with_a_hand_on_the_wall() -> None:
    poses = CATALOG.poses["quadriceps-stretch"]
    wall = next(prop for prop in poses.props if prop.kind is PropKind.WALL)
    for name in ("start", "holding"):
        figure = body("quadriceps-stretch", name)
        hand = figure.joints["knuckles_far"]
        assert abs(hand[0] - wall.x) <= 4.0, (name, hand, wall.x)  # the hand on the wall
        # Side-on: the wall lies along the shoulder line, not ahead of the chest.
        near, far = figure.joints["shoulder_near"], figure.joints["shoulder_far"]
        towards_wall = math.copysign(1.0, wall.x - far[0])
        assert (far[0] - near[0]) * towards_wall >= 10.0, (name, near, far)
