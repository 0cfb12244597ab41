"""Forward kinematics: a Pose becomes 3D joint positions, so every segment keeps its length.

World axes: x to the right of the picture, y up (the floor is y = 0), z towards you. A
figure standing with trunk 90 faces +x, and its near side (z > 0) is its right side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from backcoach.figures import body as bd
from backcoach.figures.pose import Pose

Vec = tuple[float, float, float]
CHEST_BELOW_NECK = 6.0  # the widest part of the chest, below the base of the neck
Mat = tuple[Vec, Vec, Vec]  # rows


def rot_x(degrees: float) -> Mat:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(degrees: float) -> Mat:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(degrees: float) -> Mat:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def mul(first: Mat, second: Mat) -> Mat:
    (a, b, c), (d, e, f), (g, h, i) = first
    (j, k, m), (n, o, p), (q, r, s) = second
    return (
        (a * j + b * n + c * q, a * k + b * o + c * r, a * m + b * p + c * s),
        (d * j + e * n + f * q, d * k + e * o + f * r, d * m + e * p + f * s),
        (g * j + h * n + i * q, g * k + h * o + i * r, g * m + h * p + i * s),
    )


def chain(*matrices: Mat) -> Mat:
    out = matrices[0]
    for matrix in matrices[1:]:
        out = mul(out, matrix)
    return out


def apply(matrix: Mat, vector: Vec) -> Vec:
    return (
        matrix[0][0] * vector[0] + matrix[0][1] * vector[1] + matrix[0][2] * vector[2],
        matrix[1][0] * vector[0] + matrix[1][1] * vector[1] + matrix[1][2] * vector[2],
        matrix[2][0] * vector[0] + matrix[2][1] * vector[1] + matrix[2][2] * vector[2],
    )


def add(point: Vec, matrix: Mat, offset: Vec) -> Vec:
    moved = apply(matrix, offset)
    return (point[0] + moved[0], point[1] + moved[1], point[2] + moved[2])


@dataclass(frozen=True)
class Body:
    """Joint positions (3D) of one posed figure, plus each hinge's bending axis."""

    joints: dict[str, Vec]
    hinges: dict[str, Vec]  # "knee_near" -> unit axis; bending forward is + about it
    face: Vec  # unit vector out of the face, for drawing the nose

    def moved(self, dy: float) -> Body:
        joints = {name: (p[0], p[1] + dy, p[2]) for name, p in self.joints.items()}
        return Body(joints, self.hinges, self.face)

    def mirrored(self) -> Body:
        """The exact mirror image, x -> -x (the near side stays near)."""

        def flip(v: Vec) -> Vec:
            return (-v[0], v[1], v[2])

        joints = {name: flip(p) for name, p in self.joints.items()}
        # A reflection turns rotation axes the other way round; keep "forward is +".
        hinges = {name: (axis[0], -axis[1], -axis[2]) for name, axis in self.hinges.items()}
        return Body(joints, hinges, flip(self.face))


def _leg(
    joints: dict[str, Vec],
    hinges: dict[str, Vec],
    pose: Pose,
    pelvis: Mat,
    *,
    side: str,
    sign: float,
) -> None:
    hip = add(joints["pelvis"], pelvis, (0.0, 0.0, sign * bd.HIP_HALF_WIDTH))
    thigh = chain(
        pelvis,
        rot_z(pose.angle(f"hip_{side}")),
        rot_x(-sign * pose.angle(f"hip_abduction_{side}")),
        rot_y(-sign * pose.angle(f"hip_rotation_{side}")),
    )
    knee = add(hip, thigh, (0.0, -bd.THIGH, 0.0))
    shin = mul(thigh, rot_z(-pose.angle(f"knee_{side}")))
    ankle = add(knee, shin, (0.0, -bd.SHIN, 0.0))
    foot = mul(shin, rot_z(pose.angle(f"ankle_{side}")))
    joints[f"hip_{side}"] = hip
    joints[f"knee_{side}"] = knee
    joints[f"ankle_{side}"] = ankle
    joints[f"heel_{side}"] = add(ankle, foot, (-bd.HEEL, 0.0, 0.0))
    joints[f"toe_{side}"] = add(ankle, foot, (bd.FOOT, 0.0, 0.0))
    axis = apply(thigh, (0.0, 0.0, -1.0))  # the knee bends backwards: - about thigh z
    hinges[f"knee_{side}"] = axis


def _arm(
    joints: dict[str, Vec],
    hinges: dict[str, Vec],
    pose: Pose,
    thorax: Mat,
    *,
    side: str,
    sign: float,
) -> None:
    shoulder = add(
        joints["neck_base"], thorax, (0.0, -bd.SHOULDER_DROP, sign * bd.SHOULDER_HALF_WIDTH)
    )
    upper = chain(
        thorax,
        rot_z(pose.angle(f"shoulder_{side}")),
        rot_x(-sign * pose.angle(f"shoulder_abduction_{side}")),
        rot_y(-sign * pose.angle(f"shoulder_rotation_{side}")),
    )
    elbow = add(shoulder, upper, (0.0, -bd.UPPER_ARM, 0.0))
    forearm = mul(upper, rot_z(pose.angle(f"elbow_{side}")))
    wrist = add(elbow, forearm, (0.0, -bd.FOREARM, 0.0))
    hand = mul(forearm, rot_z(pose.angle(f"wrist_{side}")))
    joints[f"shoulder_{side}"] = shoulder
    joints[f"elbow_{side}"] = elbow
    joints[f"wrist_{side}"] = wrist
    joints[f"knuckles_{side}"] = add(wrist, hand, (0.0, -bd.HAND, 0.0))
    hinges[f"elbow_{side}"] = apply(upper, (0.0, 0.0, 1.0))


def solve(pose: Pose) -> Body:
    """Every joint of the pose; a grounded pose is set down with its lowest point at y = 0,
    a mirrored one flipped about x = 0."""
    pelvis = mul(rot_z(pose.angle("trunk") - 90.0), rot_y(-pose.angle("roll")))
    thorax = chain(pelvis, rot_z(-pose.angle("spine")), rot_y(-pose.angle("twist")))
    head = mul(thorax, rot_z(-pose.angle("neck")))
    joints: dict[str, Vec] = {"pelvis": (pose.x, pose.y or 0.0, 0.0)}
    hinges: dict[str, Vec] = {}
    joints["waist"] = add(joints["pelvis"], pelvis, (0.0, bd.LUMBAR, 0.0))
    joints["chest"] = add(joints["waist"], thorax, (0.0, bd.THORAX - CHEST_BELOW_NECK, 0.0))
    joints["neck_base"] = add(joints["waist"], thorax, (0.0, bd.THORAX, 0.0))
    joints["head_base"] = add(joints["neck_base"], head, (0.0, bd.NECK, 0.0))
    joints["head"] = add(joints["head_base"], head, (2.0, bd.HEAD_OFFSET, 0.0))
    joints["nose"] = add(joints["head"], head, (bd.HEAD_RADIUS, -2.5, 0.0))
    for side, sign in (("near", 1.0), ("far", -1.0)):
        _leg(joints, hinges, pose, pelvis, side=side, sign=sign)
        _arm(joints, hinges, pose, thorax, side=side, sign=sign)
    figure = Body(joints, hinges, apply(head, (1.0, 0.0, 0.0)))
    if pose.grounded:
        figure = figure.moved(-lowest_point(figure))
    return figure.mirrored() if pose.mirrored else figure


def surface_points(figure: Body) -> list[tuple[str, Vec, float]]:
    """(joint, position, radius) of every rounded end the figure is drawn with."""
    radii = joint_radii()
    return [(name, figure.joints[name], radius) for name, radius in radii.items()]


def joint_radii() -> dict[str, float]:
    out = {
        "pelvis": bd.TRUNK_RADII["pelvis"],
        "waist": bd.TRUNK_RADII["waist"],
        "chest": bd.TRUNK_RADII["chest"],
        "head": bd.HEAD_RADIUS,
    }
    for side in bd.SIDES:
        for joint, (segment, end) in {
            "hip": ("thigh", 0),
            "knee": ("thigh", 1),
            "ankle": ("shin", 1),
            "heel": ("foot", 0),
            "toe": ("foot", 1),
            "shoulder": ("upper_arm", 0),
            "elbow": ("upper_arm", 1),
            "wrist": ("forearm", 1),
            "knuckles": ("hand", 1),
        }.items():
            out[f"{joint}_{side}"] = bd.LIMB_RADII[segment][end]
        # The trunk is drawn round the hip and shoulder joints: a side-lying figure rests
        # on those.
        out[f"hip_{side}"] = bd.TRUNK_RADII["hip"]
        out[f"shoulder_{side}"] = bd.TRUNK_RADII["shoulder"]
    return out


def lowest_point(figure: Body) -> float:
    """Height of the lowest skin point (the bottom of the lowest rounded end)."""
    return min(point[1] - radius for _, point, radius in surface_points(figure))


def height_above_floor(figure: Body, joint: str) -> float:
    """How far the skin at this joint is above the floor (0: touching)."""
    return figure.joints[joint][1] - joint_radii()[joint]
