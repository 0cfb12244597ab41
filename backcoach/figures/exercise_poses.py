"""An exercise's illustration as data: its key poses, which phase reaches which, its props."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backcoach.figures.pose import Pose


class PropKind(StrEnum):
    MAT = "mat"
    WALL = "wall"
    STEP = "step"
    CHAIR = "chair"
    TOWEL = "towel"
    POOL = "pool"
    BICYCLE = "bicycle"


@dataclass(frozen=True)
class Prop:
    """A thing drawn with the figure. Which fields count depends on the kind (see docs)."""

    kind: PropKind
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0


TOUCH_PARTS: dict[str, tuple[tuple[str, ...], ...]] = {
    # part -> groups of joints; every group needs one joint whose skin is on the floor
    "feet": (("heel_near", "toe_near"), ("heel_far", "toe_far")),
    "foot_near": (("heel_near", "toe_near"),),
    "foot_far": (("heel_far", "toe_far"),),
    "hands": (("wrist_near", "knuckles_near"), ("wrist_far", "knuckles_far")),
    "hand_near": (("wrist_near", "knuckles_near"),),
    "hand_far": (("wrist_far", "knuckles_far"),),
    "knees": (("knee_near",), ("knee_far",)),
    "knee_near": (("knee_near",),),
    "knee_far": (("knee_far",),),
    "shins": (("knee_near",), ("ankle_near", "toe_near"), ("knee_far",), ("ankle_far", "toe_far")),
    "forearms": (("elbow_near",), ("wrist_near",), ("elbow_far",), ("wrist_far",)),
    "head": (("head",),),
    "back": (("chest",), ("pelvis", "waist")),
    "shoulders": (("chest",),),
    "front": (("chest",), ("pelvis",)),
    "seat": (("pelvis",),),
    "side": (("hip_near", "hip_far"), ("shoulder_near", "shoulder_far")),
}
"""What a pose may declare it ``touches``: the tests check each against the floor."""


@dataclass(frozen=True)
class KeyPose:
    name: str
    pose: Pose
    label: str = ""
    touches: tuple[str, ...] = ()
    arrows: tuple[tuple[float, float, float, float, float], ...] = ()  # x1, y1, x2, y2, bend


@dataclass(frozen=True)
class ExercisePoses:
    """Key poses of one exercise, and how its phases move between them.

    ``phases[i]`` is the pose reached at the end of exercise phase ``i``; phase 0 starts
    from the last phase's pose (a repetition ends where the next begins), or from
    ``start`` on the first repetition. A timed activity instead loops through ``cycle``
    once every ``cycle_seconds``.
    """

    exercise_id: str
    poses: dict[str, KeyPose]
    start: str
    phases: tuple[str, ...] = ()
    cycle: tuple[str, ...] = ()
    cycle_seconds: float = 1.0
    key_poses: tuple[str, ...] = ()
    props: tuple[Prop, ...] = ()
    near: str = "right"
    camera: float = 0.0
    source: str = ""
    thumbnail: str = ""

    def pose(self, name: str) -> Pose:
        return self.poses[name].pose

    @property
    def drawn_mirrored(self) -> bool:
        """True when the first side is drawn flipped: the near side is then the left one."""
        return self.near == "left"

    def thumbnail_pose(self) -> str:
        """The one pose that says most about the exercise: the file's choice, else the
        first pose a repetition moves to (a bridge with its hips up)."""
        if self.thumbnail:
            return self.thumbnail
        shown = self.shown()
        return shown[1] if len(shown) > 1 and not self.cycle else shown[0]

    def shown(self) -> tuple[str, ...]:
        """The poses a picture shows, in order: start, then each new pose the phases reach."""
        if self.key_poses:
            return self.key_poses
        if self.cycle:
            return self.cycle
        order = [self.start]
        for name in self.phases:
            if name != order[-1]:
                order.append(name)
        if len(order) > 2 and order[-1] == self.start:  # the return to the start
            order.pop()
        return tuple(order)
