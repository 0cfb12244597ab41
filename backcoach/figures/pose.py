"""A pose: where the pelvis is and every joint angle; blending two poses joint by joint."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from backcoach.figures.body import ANGLE_INDEX, ANGLE_NAMES, DEFAULT_ANGLES


def _defaults() -> tuple[float, ...]:
    return tuple(DEFAULT_ANGLES.get(name, 0.0) for name in ANGLE_NAMES)


@dataclass(frozen=True)
class Pose:
    """A side-view body posture, built outwards from the pelvis by forward kinematics.

    ``x``, ``y`` place the midpoint between the hip joints; ``y`` None means "lower or raise
    the figure until its lowest point rests on the floor", which keeps lying and kneeling
    poses on the ground without hand-tuned heights. Angles are in degrees, in the order of
    ``body.ANGLE_NAMES``; limbs have a near (towards you) and a far value. A ``mirrored``
    pose is drawn flipped left to right: the same movement on the other side.
    """

    x: float = 0.0
    y: float | None = None
    angles: tuple[float, ...] = field(default_factory=_defaults)
    mirrored: bool = False

    def __post_init__(self) -> None:
        if len(self.angles) != len(ANGLE_NAMES):
            raise ValueError(f"a pose has {len(ANGLE_NAMES)} angles, not {len(self.angles)}")

    def angle(self, name: str) -> float:
        return self.angles[ANGLE_INDEX[name]]

    def with_angles(self, changes: Mapping[str, float]) -> Pose:
        """This pose with some angles changed (names as in ``body.ANGLE_NAMES``)."""
        values = list(self.angles)
        for name, value in changes.items():
            values[ANGLE_INDEX[name]] = float(value)
        return Pose(self.x, self.y, tuple(values), self.mirrored)

    def flipped(self, mirrored: bool = True) -> Pose:
        """The same pose drawn mirrored (or not)."""
        return Pose(self.x, self.y, self.angles, mirrored)

    @property
    def grounded(self) -> bool:
        return self.y is None


def ease(fraction: float) -> float:
    """Slow in, slow out: limbs start and stop gently, as a person moves."""
    t = min(1.0, max(0.0, fraction))
    return t * t * (3.0 - 2.0 * t)


def blend(
    first: Pose, second: Pose, amount: float, *, first_y: float = 0.0, second_y: float = 0.0
) -> Pose:
    """``amount`` (0..1) of the way from ``first`` to ``second``, every angle linearly.

    When both poses rest on the floor the blend does too; otherwise the heights given
    (each pose's resolved pelvis height) are blended. It is mirrored when ``first`` is.
    """
    t = min(1.0, max(0.0, amount))
    angles = tuple(a + (b - a) * t for a, b in zip(first.angles, second.angles, strict=True))
    x = first.x + (second.x - first.x) * t
    if first.grounded and second.grounded:
        return Pose(x, None, angles, first.mirrored)
    y = first_y + (second_y - first_y) * t
    return Pose(x, y, angles, first.mirrored)
