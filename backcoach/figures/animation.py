"""The pose at any moment of a repetition, for the player to animate by phase (no Qt)."""

from __future__ import annotations

from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.kinematics import solve
from backcoach.figures.pose import Pose, blend, ease


def side_mirrored(poses: ExercisePoses, other_side: bool) -> bool:
    """Whether a picture is flipped: the file's own choice, flipped again for the other side."""
    return poses.drawn_mirrored != other_side


def key_pose(poses: ExercisePoses, name: str, *, other_side: bool = False) -> Pose:
    """A named key pose, mirrored as the side asks."""
    return poses.pose(name).flipped(side_mirrored(poses, other_side))


def start_pose(poses: ExercisePoses, *, other_side: bool = False) -> Pose:
    """The position to get into before the first repetition (the prepare step shows it)."""
    return key_pose(poses, poses.start, other_side=other_side)


def phase_poses(
    poses: ExercisePoses, phase_index: int, *, first_rep: bool = False
) -> tuple[str, str]:
    """(from, to) pose names of a phase. A repetition starts where the last one ended, or
    at ``start`` on the first repetition. Out-of-range phases are clamped."""
    if not poses.phases:
        return poses.start, poses.start
    index = min(max(phase_index, 0), len(poses.phases) - 1)
    target = poses.phases[index]
    if index > 0:
        return poses.phases[index - 1], target
    return (poses.start if first_rep else poses.phases[-1]), target


def _between(first: Pose, second: Pose, amount: float) -> Pose:
    if first.grounded and second.grounded:
        return blend(first, second, amount)
    # A floating pose (on a bike, in water) blends with the other's resolved height.
    return blend(
        first,
        second,
        amount,
        first_y=solve(first).joints["pelvis"][1],
        second_y=solve(second).joints["pelvis"][1],
    )


def pose_at(
    poses: ExercisePoses,
    phase_index: int,
    fraction: float,
    *,
    other_side: bool = False,
    first_rep: bool = False,
) -> Pose:
    """The pose ``fraction`` (0..1) of the way through phase ``phase_index``.

    A moving phase eases from the pose the previous phase reached to its own; a hold
    phase has the same pose at both ends, so it stays still. A timed activity (walking,
    cycling, swimming) has no phases: ``fraction`` is then the position in one loop of
    its ``cycle``, and ``phase_index`` is ignored. ``other_side`` mirrors the result.
    """
    mirrored = side_mirrored(poses, other_side)
    t = min(1.0, max(0.0, fraction))
    if poses.cycle:
        count = len(poses.cycle)
        position = (t % 1.0) * count if t < 1.0 else 0.0
        index = int(position)
        first = poses.pose(poses.cycle[index])
        second = poses.pose(poses.cycle[(index + 1) % count])
        # Steady motion through a loop: no easing, or walking would stutter at each pose.
        return _between(first, second, position - index).flipped(mirrored)
    start, end = phase_poses(poses, phase_index, first_rep=first_rep)
    return _between(poses.pose(start), poses.pose(end), ease(t)).flipped(mirrored)
