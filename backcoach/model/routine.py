"""A routine: an ordered list of exercises, each with an optional change of dose, and rests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from backcoach.model.exercise import Dose, Sides

# How much slower (above 1) or faster the move phases may be taken; holds keep their time.
TEMPO_RANGE = (0.5, 2.0)


@dataclass(frozen=True)
class DoseOverride:
    """Fields a routine item may change; None keeps the exercise's default."""

    sets: int | None = None
    reps: int | None = None
    hold_s: float | None = None
    rest_s: float | None = None
    sides: Sides | None = None
    duration_s: float | None = None
    tempo: float | None = None  # a factor on the move phases' seconds, not part of a Dose

    def apply(self, dose: Dose) -> Dose:
        changes = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "tempo"}
        return replace(dose, **{k: v for k, v in changes.items() if v is not None})

    @property
    def move_factor(self) -> float:
        return 1.0 if self.tempo is None else self.tempo


@dataclass(frozen=True)
class RoutineItem:
    exercise_id: str
    override: DoseOverride = DoseOverride()
    note: str = ""


@dataclass(frozen=True)
class RestItem:
    """A rest of its own between two exercises, in place of the routine's usual rest.

    Kept apart from ``Routine.items`` so that everything counting exercises (the plan's
    item numbers, the history, progression) stays as it was: ``before`` is the index of
    the exercise item it comes before.
    """

    seconds: float
    before: int = 0


RoutineEntry = RoutineItem | RestItem


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
    rests: tuple[RestItem, ...] = ()  # ordered by ``before``, as written

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(item.exercise_id for item in self.items)

    @property
    def entries(self) -> tuple[RoutineEntry, ...]:
        """Exercises and rests in the order of the file."""
        out: list[RoutineEntry] = []
        for index, item in enumerate(self.items):
            out += [rest for rest in self.rests if rest.before == index]
            out.append(item)
        out += [rest for rest in self.rests if rest.before >= len(self.items)]
        return tuple(out)

    def rest_before(self, index: int) -> float | None:
        """Seconds of the rest items just before exercise item ``index``; None if none."""
        found = [rest.seconds for rest in self.rests if rest.before == index]
        return sum(found) if found else None

    def with_entries(self, entries: Iterable[RoutineEntry]) -> Routine:
        items, rests = split_entries(entries)
        return replace(self, items=items, rests=rests)


def split_entries(
    entries: Iterable[RoutineEntry],
) -> tuple[tuple[RoutineItem, ...], tuple[RestItem, ...]]:
    """Exercises and rests in file order -> the items and the rests with their place."""
    items: list[RoutineItem] = []
    rests: list[RestItem] = []
    for entry in entries:
        if isinstance(entry, RestItem):
            rests.append(RestItem(entry.seconds, before=len(items)))
        else:
            items.append(entry)
    return tuple(items), tuple(rests)
