"""Every built-in key pose is a body a person could be in: lengths, bends, ranges, floor."""

from __future__ import annotations

import math

import pytest

from backcoach.figures.body import ANGLE_NAMES, JOINT_RANGES, joint_of
from backcoach.figures.catalog import built_in_catalog
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.kinematics import Body, lowest_point, solve
from backcoach.figures.measure import (
    expected_length,
    hinge_flexion,
    neck_bend,
    part_gap,
    segment_lengths,
    spine_bend,
)
from backcoach.figures.pose import Pose

TOUCH_TOLERANCE = 3.0  # about 3 cm: skin within this of the floor counts as resting on it
LENGTH_TOLERANCE = 1e-9

CATALOG = built_in_catalog()
KEY_POSES = [
    pytest.param(poses, name, id=f"{exercise_id}:{name}")
    for exercise_id, poses in CATALOG.poses.items()
    for name in poses.poses
]

# What the picture must show touching the floor (from the brief and the exercise texts),
# whatever the pose files declare: a file cannot pass by declaring less.
MUST_TOUCH = {
    ("bridge", "start"): {"feet", "back", "head"},
    ("bridge", "up"): {"feet", "shoulders", "head"},
    ("cat-cow", "start"): {"hands", "knees"},
    ("cat-cow", "cat"): {"hands", "knees"},
    ("cat-cow", "cow"): {"hands", "knees"},
    ("bird-dog", "start"): {"hands", "knees"},
    ("bird-dog", "reach"): {"hand_near", "knee_far"},
    ("curl-up", "start"): {"feet", "back", "head"},
    ("curl-up", "up"): {"feet", "seat"},
    ("knee-to-chest", "hug"): {"foot_far", "back", "head"},
    ("lower-back-rotation", "start"): {"feet", "back"},
    ("lower-back-rotation", "knees-down"): {"shoulders"},  # the pelvis rolls onto its side
    ("pelvic-tilt", "flat"): {"feet", "back"},
    ("piriformis-stretch", "crossed"): {"foot_far", "back"},
    ("prone-back-extension", "start"): {"front", "hands"},
    ("prone-back-extension", "lifted"): {"seat"},
    ("prone-arm-leg-lift", "lifted"): {"front", "hand_near", "foot_far"},
    ("plank", "up"): {"forearms", "feet"},
    ("childs-pose", "start"): {"shins"},  # the seat rests on the heels
    ("childs-pose", "folded"): {"shins", "head", "hands"},
    ("hip-flexor-stretch", "start"): {"knee_near", "foot_far"},
    ("side-lying-leg-lift", "start"): {"side"},
    ("seated-spinal-twist", "start"): {"seat"},
    ("wall-sit", "down"): {"feet"},
    ("hamstring-stretch", "lean"): {"foot_far"},
    ("quadriceps-stretch", "holding"): {"foot_far"},
    ("walking", "stride-near"): {"foot_near", "foot_far"},
}

# What must clearly be off the floor, so the movement shows (gap at least this much).
MUST_LIFT = {
    ("bridge", "up"): {"seat": 12.0},
    ("bird-dog", "reach"): {"hand_far": 40.0, "foot_near": 25.0},
    ("curl-up", "up"): {"head": 8.0},
    ("prone-back-extension", "lifted"): {"hands": 4.0, "feet": 4.0, "head": 4.0},
    ("prone-arm-leg-lift", "lifted"): {"hand_far": 4.0, "foot_near": 4.0},
    ("plank", "up"): {"seat": 12.0, "knees": 10.0},
    ("side-lying-leg-lift", "up"): {"foot_near": 40.0},
    ("knee-to-chest", "hug"): {"foot_near": 20.0},
    ("wall-sit", "down"): {"seat": 25.0},
    ("quadriceps-stretch", "holding"): {"foot_near": 50.0},
}

# Joints that stay where they are while the rest moves (a foot does not slide).
ANCHORED = {
    "bridge": ("ankle_near", "ankle_far"),
    "cat-cow": ("knee_near", "knuckles_near"),
    "hip-flexor-stretch": ("knee_near", "ankle_far"),
    "hamstring-stretch": ("ankle_far", "heel_near"),
    "wall-sit": ("ankle_near",),
    "childs-pose": ("knee_near",),
    "pelvic-tilt": ("ankle_near",),
}


def assert_plausible(figure: Body, where: str) -> None:
    for name, length in segment_lengths(figure).items():
        assert math.isclose(length, expected_length(name), abs_tol=LENGTH_TOLERANCE), (
            f"{where}: {name} is {length}"
        )
    for hinge in ("knee_near", "knee_far", "elbow_near", "elbow_far"):
        flexion = hinge_flexion(figure, hinge)
        limit = JOINT_RANGES[hinge.split("_")[0]]
        assert -1e-6 <= flexion <= limit.high + 1e-6, f"{where}: {hinge} bent {flexion:.1f}"
    assert (
        spine_bend(figure) <= max(abs(JOINT_RANGES["spine"].low), JOINT_RANGES["spine"].high) + 1e-6
    ), where
    assert neck_bend(figure) <= 60.0 + 1e-6, where


def assert_angles_in_range(pose: Pose, where: str) -> None:
    for name, value in zip(ANGLE_NAMES, pose.angles, strict=True):
        limits = JOINT_RANGES[joint_of(name)]
        assert limits.low <= value <= limits.high, f"{where}: {name} = {value}"


@pytest.mark.parametrize(("poses", "name"), KEY_POSES)
def test_key_pose_is_a_possible_body(poses: ExercisePoses, name: str) -> None:
    pose = poses.pose(name)
    assert_angles_in_range(pose, name)
    for mirrored in (False, True):
        figure = solve(pose.flipped(mirrored))
        assert_plausible(figure, f"{poses.exercise_id}:{name}")


@pytest.mark.parametrize(("poses", "name"), KEY_POSES)
def test_what_should_touch_the_floor_does(poses: ExercisePoses, name: str) -> None:
    figure = solve(poses.pose(name))
    declared = set(poses.poses[name].touches)
    required = MUST_TOUCH.get((poses.exercise_id, name), set())
    assert required <= declared, f"{name} should declare {sorted(required - declared)}"
    for part in declared:
        gap = part_gap(figure, part)
        assert abs(gap) <= TOUCH_TOLERANCE, f"{poses.exercise_id}:{name}: {part} is {gap:.1f} off"
    for part, least in MUST_LIFT.get((poses.exercise_id, name), {}).items():
        assert part_gap(figure, part) >= least, f"{poses.exercise_id}:{name}: {part} too low"


@pytest.mark.parametrize(("poses", "name"), KEY_POSES)
def test_nothing_goes_through_the_floor(poses: ExercisePoses, name: str) -> None:
    figure = solve(poses.pose(name))
    assert lowest_point(figure) >= -1e-6 or poses.exercise_id == "water-exercise"


def test_every_pose_the_brief_names_is_checked() -> None:
    for exercise_id, name in [*MUST_TOUCH, *MUST_LIFT]:
        assert name in CATALOG.poses[exercise_id].poses, (exercise_id, name)


@pytest.mark.parametrize("exercise_id", sorted(ANCHORED))
def test_anchored_joints_stay_put_between_key_poses(exercise_id: str) -> None:
    poses = CATALOG.poses[exercise_id]
    bodies = [solve(poses.pose(name)) for name in poses.shown()]
    for joint in ANCHORED[exercise_id]:
        places = [figure.joints[joint] for figure in bodies]
        for place in places[1:]:
            assert math.dist(place[:2], places[0][:2]) <= 3.0, (exercise_id, joint, places)


def test_cyclist_pedals_round_a_circle() -> None:
    poses = CATALOG.poses["cycling"]
    bracket = next(prop for prop in poses.props if prop.kind == "bicycle")
    for name in poses.cycle:
        figure = solve(poses.pose(name))
        for side in ("near", "far"):
            heel, toe = figure.joints[f"heel_{side}"], figure.joints[f"toe_{side}"]
            ball = (heel[0] + (toe[0] - heel[0]) * 0.62, heel[1] + (toe[1] - heel[1]) * 0.62)
            crank = math.dist(ball, (bracket.x, bracket.y))
            assert 14.0 <= crank <= 20.0, (name, side, crank)
        assert lowest_point(figure) > 3.0  # feet on the pedals, not the floor
