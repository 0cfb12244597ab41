"""A routine: an ordered list of exercises, each with an optional change of dose."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from backcoach.model.exercise import Dose, Sides


@dataclass(frozen=True)
class DoseOverride:
    """Fields a routine item may change; None keeps the exercise's default."""

    sets: int | None = None
    reps: int | None = None
    hold_s: float | None = None
    rest_s: float | None = None
    sides: Sides | None = None
    duration_s: float | None = None

    def apply(self, dose: Dose) -> Dose:
        changes = {f.name: getattr(self, f.name) for f in fields(self)}
        return replace(dose, **{k: v for k, v in changes.items() if v is not None})


@dataclass(frozen=True)
class RoutineItem:
    exercise_id: str
    override: DoseOverride = DoseOverride()
    note: str = ""


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    description: str
    items: tuple[RoutineItem, ...]
    sources: tuple[str, ...] = ()
    rest_between_s: float = 30.0
    frequency: str = ""
    origin: str = "built-in"

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(item.exercise_id for item in self.items)
