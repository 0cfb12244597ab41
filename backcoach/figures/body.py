"""The figure's fixed proportions and the joint ranges a pose may use (degrees, cm-like units)."""

from __future__ import annotations

from dataclasses import dataclass

# Segment lengths, in units of about a centimetre for a person 168 tall.
LUMBAR = 22.0  # midpoint between the hips -> waist
THORAX = 28.0  # waist -> base of the neck
NECK = 7.0
HEAD_RADIUS = 10.5
HEAD_OFFSET = 8.0  # head centre beyond the top of the neck
HIP_HALF_WIDTH = 8.5  # each hip joint sideways from the pelvis midpoint
SHOULDER_HALF_WIDTH = 15.0
SHOULDER_DROP = 4.0  # shoulder joints below the base of the neck
THIGH = 43.0
SHIN = 42.0
HEEL = 3.0  # heel behind the ankle
FOOT = 13.0  # ankle -> toes
UPPER_ARM = 29.0
FOREARM = 25.0
HAND = 8.0

SEGMENT_LENGTHS = {
    "lumbar": LUMBAR,
    "thorax": THORAX,
    "neck": NECK,
    "thigh": THIGH,
    "shin": SHIN,
    "foot": HEEL + FOOT,
    "upper_arm": UPPER_ARM,
    "forearm": FOREARM,
    "hand": HAND,
}
"""Length of every segment between two computed joints (the tests check these hold)."""

# Radii of the rounded body: the trunk at its joints, limbs tapering from start to end.
TRUNK_RADII = {
    "pelvis": 12.5,
    "hip": 9.5,
    "waist": 11.0,
    "chest": 12.5,
    "shoulder": 7.0,
    "neck": 4.6,
}
LIMB_RADII = {
    "thigh": (7.6, 5.4),
    "shin": (5.2, 3.7),
    "foot": (3.8, 2.7),
    "upper_arm": (4.8, 3.9),
    "forearm": (3.9, 3.1),
    "hand": (3.3, 2.9),
}

SINGLE_JOINTS = ("trunk", "roll", "spine", "twist", "neck")
"""Angles of the body's middle: one value each."""

PAIRED_JOINTS = (
    "hip",
    "hip_abduction",
    "hip_rotation",
    "knee",
    "ankle",
    "shoulder",
    "shoulder_abduction",
    "shoulder_rotation",
    "elbow",
    "wrist",
)
"""Angles of the limbs: one value for the near and one for the far side."""

SIDES = ("near", "far")

ANGLE_NAMES: tuple[str, ...] = SINGLE_JOINTS + tuple(
    f"{joint}_{side}" for joint in PAIRED_JOINTS for side in SIDES
)
"""Every angle of a pose, in the order a Pose stores them."""

ANGLE_INDEX = {name: index for index, name in enumerate(ANGLE_NAMES)}

DEFAULT_ANGLES = {"trunk": 90.0}
"""Standing upright, arms and legs hanging straight: every other angle is 0."""


@dataclass(frozen=True)
class Range:
    low: float
    high: float
    meaning: str


JOINT_RANGES: dict[str, Range] = {
    "trunk": Range(-360.0, 360.0, "direction of the lower back: 90 upright, 180 lying head left"),
    "roll": Range(-180.0, 180.0, "whole body turned about its long axis, + front towards you"),
    "spine": Range(-30.0, 50.0, "upper back bent on the lower back: + forward (round), - arch"),
    "twist": Range(-45.0, 45.0, "upper back turned on the lower back: + chest towards you"),
    "neck": Range(-45.0, 60.0, "head bent on the upper back: + chin down, - look up"),
    "hip": Range(-30.0, 140.0, "thigh forward of the trunk: + flexion, - extension"),
    "hip_abduction": Range(-25.0, 50.0, "thigh out to the side: + away from the other leg"),
    "hip_rotation": Range(-40.0, 60.0, "thigh turned on its axis: + knee turns outwards"),
    "knee": Range(0.0, 160.0, "knee bend: 0 straight; never negative (bent backwards)"),
    "ankle": Range(-70.0, 35.0, "foot on the shin: + toes up, - toes pointed"),
    "shoulder": Range(-60.0, 185.0, "arm forward of the trunk: + forward and up, - behind"),
    "shoulder_abduction": Range(-30.0, 180.0, "arm out to the side, + away from the body"),
    "shoulder_rotation": Range(-90.0, 90.0, "upper arm turned on its axis, + outwards"),
    "elbow": Range(0.0, 150.0, "elbow bend: 0 straight; never negative (bent backwards)"),
    "wrist": Range(-90.0, 90.0, "hand on the forearm: + towards the palm side"),
}
"""Human ranges used to validate pose files (documented in docs/illustrations.md)."""


def joint_of(angle_name: str) -> str:
    """ "knee_near" -> "knee"; "spine" -> "spine"."""
    for side in SIDES:
        if angle_name.endswith(f"_{side}"):
            return angle_name.removesuffix(f"_{side}")
    return angle_name
