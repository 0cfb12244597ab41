"""pose_at: phases move between key poses with the tempo, holds keep still, sides mirror."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.content.library import built_in_folder, load_library
from backcoach.figures.animation import key_pose, phase_poses, pose_at, start_pose
from backcoach.figures.catalog import built_in_catalog
from backcoach.figures.kinematics import lowest_point, solve
from backcoach.figures.measure import expected_length, hinge_flexion, segment_lengths
from backcoach.figures.pose import ease

CATALOG = built_in_catalog()
LIBRARY = load_library([built_in_folder()])
PHASED = sorted(i for i, p in CATALOG.poses.items() if p.phases)
LOOPED = sorted(i for i, p in CATALOG.poses.items() if p.cycle)
fractions = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
exercise_ids = st.sampled_from(sorted(CATALOG.poses))


def test_easing_starts_and_stops_gently() -> None:
    assert ease(0.0) == 0.0
    assert ease(1.0) == 1.0
    assert ease(0.5) == 0.5
    assert ease(-3.0) == 0.0 and ease(7.0) == 1.0
    assert ease(0.05) < 0.05  # slow in


@pytest.mark.parametrize("exercise_id", PHASED)
def test_each_phase_ends_on_its_key_pose(exercise_id: str) -> None:
    poses = CATALOG.poses[exercise_id]
    assert pose_at(poses, 0, 0.0, first_rep=True) == start_pose(poses)
    for index, name in enumerate(poses.phases):
        assert pose_at(poses, index, 1.0) == key_pose(poses, name)
        begin, _ = phase_poses(poses, index)
        if index:
            assert pose_at(poses, index, 0.0) == key_pose(poses, begin)


@pytest.mark.parametrize("exercise_id", PHASED)
def test_hold_phases_stay_still(exercise_id: str) -> None:
    poses = CATALOG.poses[exercise_id]
    exercise = LIBRARY.exercise(exercise_id)
    for index, phase in enumerate(exercise.phases):
        if phase.hold:
            frames = {pose_at(poses, index, t) for t in (0.0, 0.3, 0.7, 1.0)}
            assert len(frames) == 1, f"{exercise_id} moves during its hold"


def test_a_lift_goes_up_over_its_seconds_and_the_lower_phase_comes_back() -> None:
    poses = CATALOG.poses["bridge"]
    heights = [
        solve(pose_at(poses, 0, t / 10, first_rep=True)).joints["pelvis"][1] for t in range(11)
    ]
    assert heights == sorted(heights)  # the hips rise all the way through "lift"
    assert heights[-1] - heights[0] > 12
    lowering = [solve(pose_at(poses, 2, t / 10)).joints["pelvis"][1] for t in range(11)]
    assert lowering == sorted(lowering, reverse=True)
    assert pose_at(poses, 2, 1.0) == start_pose(poses)


def test_a_repetition_starts_where_the_last_one_ended() -> None:
    cat_cow = CATALOG.poses["cat-cow"]
    assert pose_at(cat_cow, 0, 0.0) == key_pose(cat_cow, "cow")
    assert pose_at(cat_cow, 0, 0.0, first_rep=True) == key_pose(cat_cow, "start")
    assert pose_at(cat_cow, 99, 1.0) == key_pose(cat_cow, "cow")  # clamped, never raises


@pytest.mark.parametrize("exercise_id", LOOPED)
def test_activities_loop_through_their_cycle(exercise_id: str) -> None:
    poses = CATALOG.poses[exercise_id]
    count = len(poses.cycle)
    for index, name in enumerate(poses.cycle):
        assert pose_at(poses, 0, index / count) == key_pose(poses, name)
    assert pose_at(poses, 0, 1.0) == pose_at(poses, 0, 0.0)  # seamless loop


@settings(max_examples=150, deadline=None)
@given(exercise_ids, st.integers(min_value=0, max_value=4), fractions, st.booleans())
def test_every_frame_keeps_the_body_whole(
    exercise_id: str, phase: int, fraction: float, other_side: bool
) -> None:
    poses = CATALOG.poses[exercise_id]
    figure = solve(pose_at(poses, phase, fraction, other_side=other_side))
    for name, length in segment_lengths(figure).items():
        assert math.isclose(length, expected_length(name), abs_tol=1e-9)
    for hinge in ("knee_near", "knee_far", "elbow_near", "elbow_far"):
        assert -1e-6 <= hinge_flexion(figure, hinge) <= 160 + 1e-6
    if exercise_id != "water-exercise":
        assert lowest_point(figure) >= -1e-6


@settings(max_examples=100, deadline=None)
@given(exercise_ids, st.integers(min_value=0, max_value=4), fractions)
def test_the_other_side_is_an_exact_mirror(exercise_id: str, phase: int, fraction: float) -> None:
    poses = CATALOG.poses[exercise_id]
    first = solve(pose_at(poses, phase, fraction))
    other = solve(pose_at(poses, phase, fraction, other_side=True))
    for name, (x, y, z) in first.joints.items():
        assert other.joints[name] == (-x, y, z), name
    for hinge in ("knee_near", "elbow_far"):
        assert math.isclose(hinge_flexion(first, hinge), hinge_flexion(other, hinge), abs_tol=1e-9)


def test_the_left_first_files_are_drawn_facing_the_other_way() -> None:
    hamstring = CATALOG.poses["hamstring-stretch"]
    assert hamstring.near == "left"
    assert start_pose(hamstring).mirrored
    assert not start_pose(hamstring, other_side=True).mirrored
    assert not start_pose(CATALOG.poses["bridge"]).mirrored
