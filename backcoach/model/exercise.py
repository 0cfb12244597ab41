"""An exercise: what it is, how it is done phase by phase, and its default dose."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    STRETCH = "stretch"
    STRENGTH = "strength"
    MOBILITY = "mobility"
    CARDIO = "cardio"
    RELAXATION = "relaxation"


class Position(StrEnum):
    SUPINE = "supine"
    PRONE = "prone"
    SIDE_LYING = "side-lying"
    ALL_FOURS = "all-fours"
    KNEELING = "kneeling"
    HALF_KNEELING = "half-kneeling"
    SEATED = "seated"
    STANDING = "standing"

    @property
    def label(self) -> str:
        return _POSITION_LABELS[self]

    @property
    def on_floor(self) -> bool:
        """True when the user is down on the floor (getting there takes longer)."""
        return self not in (Position.STANDING, Position.SEATED)


_POSITION_LABELS = {
    Position.SUPINE: "Lying on your back",
    Position.PRONE: "Lying face down",
    Position.SIDE_LYING: "Lying on your side",
    Position.ALL_FOURS: "On hands and knees",
    Position.KNEELING: "Kneeling",
    Position.HALF_KNEELING: "Half-kneeling",
    Position.SEATED: "Sitting",
    Position.STANDING: "Standing",
}


class Equipment(StrEnum):
    MAT = "mat"
    WALL = "wall"
    STEP = "step"
    CHAIR = "chair"
    TOWEL = "towel"
    POOL = "pool"
    BICYCLE = "bicycle"


class Condition(StrEnum):
    """Tags the safety rules key on: what kind of load a movement puts on the body."""

    END_RANGE_FLEXION = "end-range-flexion"
    ROTATION = "rotation"
    LOADED_EXTENSION = "loaded-extension"
    WRIST_LOAD = "wrist-load"
    KNEE_LOAD = "knee-load"
    NECK_FLEXION = "neck-flexion"
    STANDING_BALANCE = "standing-balance"

    @property
    def meaning(self) -> str:
        return _CONDITION_MEANINGS[self]


_CONDITION_MEANINGS = {
    Condition.END_RANGE_FLEXION: "bends the spine fully forward",
    Condition.ROTATION: "twists the spine",
    Condition.LOADED_EXTENSION: "arches the back against load",
    Condition.WRIST_LOAD: "puts body weight on the hands",
    Condition.KNEE_LOAD: "puts weight on or deeply bends the knees",
    Condition.NECK_FLEXION: "lifts the head against gravity",
    Condition.STANDING_BALANCE: "needs balance on one leg",
}


class Sides(StrEnum):
    NONE = "none"
    EACH = "each"  # all reps on one side, switch, all reps on the other
    ALTERNATE = "alternate"  # left, right, left ... within a set


class Breath(StrEnum):
    IN = "in"
    OUT = "out"
    NATURAL = "natural"


@dataclass(frozen=True)
class Phase:
    """One part of a repetition, e.g. "lift your hips" for 2 s while breathing out.

    A hold phase takes its length from the dose (``Dose.hold_s``), so one exercise file
    serves a 5 s and a 30 s prescription alike.
    """

    action: str
    breath: Breath
    seconds: float | None = None
    hold: bool = False
    detail: str = ""


@dataclass(frozen=True)
class Dose:
    """How much: sets of reps (each rep runs the phases once), or one timed activity."""

    sets: int = 1
    reps: int = 1
    hold_s: float | None = None
    rest_s: float = 0.0
    sides: Sides = Sides.NONE
    duration_s: float | None = None

    @property
    def is_timed_activity(self) -> bool:
        return self.duration_s is not None


@dataclass(frozen=True)
class Variant:
    level: str  # "easier" or "harder"
    name: str
    how: str


@dataclass(frozen=True)
class SourceDose:
    """One source article and the dose it gives, so every number can be traced."""

    file: str
    dose: str


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    category: Category
    position: Position
    purpose: str
    setup: tuple[str, ...]
    phases: tuple[Phase, ...]
    dose: Dose
    sources: tuple[SourceDose, ...]
    aliases: tuple[str, ...] = ()
    equipment: tuple[Equipment, ...] = ()
    areas: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    conditions: frozenset[Condition] = field(default_factory=frozenset)
    variants: tuple[Variant, ...] = ()
    tips: tuple[str, ...] = ()
    origin: str = "built-in"  # "built-in" or the path of the user's file

    @property
    def source_files(self) -> tuple[str, ...]:
        return tuple(s.file for s in self.sources)

    def rep_seconds(self, hold_s: float | None = None) -> float:
        """Length of one repetition: all phases, the hold phase taking ``hold_s``."""
        hold = self.dose.hold_s if hold_s is None else hold_s
        return sum((hold or 0.0) if phase.hold else (phase.seconds or 0.0) for phase in self.phases)

    def matches(self, text: str) -> bool:
        """Case-insensitive search over name, aliases and body areas."""
        needle = text.strip().casefold()
        if not needle:
            return True
        haystack = (self.name, self.id, *self.aliases, *self.areas)
        return any(needle in item.casefold() for item in haystack)
