"""Measures taken back from computed joint positions, to check a figure is humanly possible.

They use only the 3D positions (and each hinge's axis), never the pose's angles, so they
check the kinematics rather than repeat it.
"""

from __future__ import annotations

import math

from backcoach.figures import body as b
from backcoach.figures.exercise_poses import TOUCH_PARTS
from backcoach.figures.kinematics import Body, Vec, height_above_floor

SEGMENTS = {
    # segment -> (from joint, to joint), per side where it has one
    "lumbar": ("pelvis", "waist"),
    "thorax": ("waist", "neck_base"),
    "neck": ("neck_base", "head_base"),
    "thigh": ("hip_{side}", "knee_{side}"),
    "shin": ("knee_{side}", "ankle_{side}"),
    "foot": ("heel_{side}", "toe_{side}"),
    "upper_arm": ("shoulder_{side}", "elbow_{side}"),
    "forearm": ("elbow_{side}", "wrist_{side}"),
    "hand": ("wrist_{side}", "knuckles_{side}"),
}


def _sub(a: Vec, c: Vec) -> Vec:
    return (a[0] - c[0], a[1] - c[1], a[2] - c[2])


def _dot(a: Vec, c: Vec) -> float:
    return a[0] * c[0] + a[1] * c[1] + a[2] * c[2]


def _cross(a: Vec, c: Vec) -> Vec:
    return (a[1] * c[2] - a[2] * c[1], a[2] * c[0] - a[0] * c[2], a[0] * c[1] - a[1] * c[0])


def segment_lengths(figure: Body) -> dict[str, float]:
    """ "thigh_near" -> its length, for every segment of the figure."""
    out = {}
    for segment, (start, end) in SEGMENTS.items():
        sides = b.SIDES if "{side}" in start else ("",)
        for side in sides:
            name = f"{segment}_{side}" if side else segment
            a = figure.joints[start.format(side=side)]
            c = figure.joints[end.format(side=side)]
            out[name] = math.dist(a, c)
    return out


def expected_length(name: str) -> float:
    return b.SEGMENT_LENGTHS[name.removesuffix("_near").removesuffix("_far")]


def signed_angle(first: Vec, second: Vec, axis: Vec) -> float:
    """Degrees turning ``first`` into ``second`` about ``axis`` (right-hand rule)."""
    return math.degrees(math.atan2(_dot(_cross(first, second), axis), _dot(first, second)))


def hinge_flexion(figure: Body, hinge: str) -> float:
    """Knee or elbow bend from positions: 0 straight, + bent the way it can bend, and
    negative if it bent backwards."""
    joint, side = hinge.split("_")
    chain = {"knee": ("hip", "knee", "ankle"), "elbow": ("shoulder", "elbow", "wrist")}[joint]
    a, m, c = (figure.joints[f"{name}_{side}"] for name in chain)
    return signed_angle(_sub(m, a), _sub(c, m), figure.hinges[hinge])


def bend(figure: Body, first: tuple[str, str], second: tuple[str, str]) -> float:
    """Unsigned degrees between two segments (for the spine and the neck)."""
    u = _sub(figure.joints[first[1]], figure.joints[first[0]])
    v = _sub(figure.joints[second[1]], figure.joints[second[0]])
    cosine = _dot(u, v) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cosine))))


def spine_bend(figure: Body) -> float:
    return bend(figure, ("pelvis", "waist"), ("waist", "neck_base"))


def neck_bend(figure: Body) -> float:
    return bend(figure, ("waist", "neck_base"), ("neck_base", "head_base"))


def part_gap(figure: Body, part: str) -> float:
    """How far a body part is off the floor: the worst of its groups, each group's best
    joint (a foot touches with its heel or its toes)."""
    return max(
        min(height_above_floor(figure, joint) for joint in group) for group in TOUCH_PARTS[part]
    )
