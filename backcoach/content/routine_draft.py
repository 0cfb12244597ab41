"""A routine as the editor holds it: fields and entries, each value checked with its reason."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from backcoach.content.exercise_file import (
    ACTIVITY_SECONDS,
    HOLD_SECONDS,
    REPS,
    REST_SECONDS,
    SETS,
    placeholders,
)
from backcoach.content.routine_file import MAX_ITEMS, REST_ITEM_SECONDS
from backcoach.content.routine_writer import RoutineNotWritableError, check_written
from backcoach.content.routine_writer import routine_to_toml as _to_toml
from backcoach.model import (
    TEMPO_RANGE,
    Exercise,
    RestItem,
    Routine,
    RoutineEntry,
    RoutineItem,
    Sides,
)
from backcoach.session.plan import plan_routine

# The numeric fields an item may change, in the order the editor shows them.
NUMBER_FIELDS = ("sets", "reps", "hold_s", "rest_s", "duration_s", "tempo")
WHOLE_FIELDS = frozenset({"sets", "reps"})
RANGES: dict[str, tuple[float, float]] = {
    "sets": SETS,
    "reps": REPS,
    "hold_s": HOLD_SECONDS,
    "rest_s": REST_SECONDS,
    "duration_s": ACTIVITY_SECONDS,
    "tempo": TEMPO_RANGE,
    "rest": REST_ITEM_SECONDS,
    "rest_between_s": REST_SECONDS,
}
TITLE_LIMIT = 80
FREQUENCY_LIMIT = 120
DESCRIPTION_LIMIT = 600
DEFAULT_REST_ITEM_S = 60.0
COPY_SUFFIX = "mine"


class Refusal(StrEnum):
    """Why a value was refused; the window words it (the domain has no translations)."""

    NOT_A_NUMBER = "not-a-number"
    NOT_WHOLE = "not-whole"
    OUT_OF_RANGE = "out-of-range"
    TIMED_ACTIVITY = "timed-activity"  # reps, hold, sides, tempo: not for walking & co.
    NOT_TIMED = "not-timed"  # a duration only for a timed activity
    NO_HOLD = "no-hold"
    SIDED = "sided"  # the text names a side: "none" is not possible
    EMPTY = "empty"
    TOO_LONG = "too-long"


@dataclass(frozen=True)
class Checked:
    """A field's text read: the value (None: the exercise's own), or why it was refused."""

    value: float | int | Sides | str | None
    refusal: Refusal | None = None
    low: float = 0.0
    high: float = 0.0

    @property
    def ok(self) -> bool:
        return self.refusal is None


def _range(name: str, refusal: Refusal) -> Checked:
    low, high = RANGES[name]
    return Checked(None, refusal, low, high)


def read_number(name: str, text: str) -> Checked:
    """A number typed for field ``name`` (a comma works as the decimal mark); empty -> None."""
    text = text.strip().replace(",", ".")
    if not text:
        return Checked(None)
    try:
        value = float(text)
    except ValueError:
        return _range(name, Refusal.NOT_A_NUMBER)
    low, high = RANGES[name]
    if name in WHOLE_FIELDS and not value.is_integer():
        return _range(name, Refusal.NOT_WHOLE)
    if not low <= value <= high:  # also refuses nan and inf
        return _range(name, Refusal.OUT_OF_RANGE)
    return Checked(int(value) if name in WHOLE_FIELDS else value)


def fits_exercise(name: str, value: object, exercise: Exercise) -> Refusal | None:
    """Whether an override of ``name`` suits ``exercise`` (the rules of crosscheck)."""
    if value is None:
        return None
    activity = exercise.dose.is_timed_activity
    if activity and name in ("reps", "hold_s", "sides", "tempo"):
        return Refusal.TIMED_ACTIVITY
    if not activity and name == "duration_s":
        return Refusal.NOT_TIMED
    if name == "hold_s" and not any(phase.hold for phase in exercise.phases):
        return Refusal.NO_HOLD
    if name == "sides" and value is Sides.NONE and names_a_side(exercise):
        return Refusal.SIDED
    return None


def names_a_side(exercise: Exercise) -> bool:
    return any(placeholders(phase.action) | placeholders(phase.detail) for phase in exercise.phases)


def check_override(name: str, text: str, exercise: Exercise) -> Checked:
    """A number typed into an item's field, read and checked against its exercise."""
    checked = read_number(name, text)
    if not checked.ok:
        return checked
    refusal = fits_exercise(name, checked.value, exercise)
    return checked if refusal is None else Checked(None, refusal)


def check_text(text: str, limit: int, *, required: bool) -> Checked:
    stripped = text.strip()
    if not stripped:
        return Checked("", Refusal.EMPTY) if required else Checked("")
    if len(stripped) > limit:
        return Checked(None, Refusal.TOO_LONG, 0, limit)
    return Checked(stripped)


def shown_number(value: float | None) -> str:
    """A number as the editor shows it: "45", "1.5"; empty for None."""
    if value is None:
        return ""
    return f"{value:g}"


@dataclass(frozen=True)
class RoutineDraft:
    """What the editor edits; every change gives a new draft (the undo stack keeps both)."""

    id: str  # empty for a new routine: named from its title when first saved
    title: str
    description: str
    entries: tuple[RoutineEntry, ...] = ()
    frequency: str = ""
    rest_between_s: float = 30.0
    sources: tuple[str, ...] = ()
    origin: str = ""  # the user's file it was loaded from; "" for a new one

    @classmethod
    def from_routine(cls, routine: Routine) -> RoutineDraft:
        return cls(
            id=routine.id,
            title=routine.title,
            description=routine.description,
            entries=routine.entries,
            frequency=routine.frequency,
            rest_between_s=routine.rest_between_s,
            sources=routine.sources,
            origin=routine.origin,
        )

    def to_routine(self, routine_id: str | None = None) -> Routine:
        return Routine(
            id=routine_id or self.id,
            title=self.title,
            description=self.description,
            items=(),
            sources=self.sources,
            rest_between_s=self.rest_between_s,
            frequency=self.frequency,
            origin=self.origin,
        ).with_entries(self.entries)

    def _with(self, entries: list[RoutineEntry]) -> RoutineDraft:
        return replace(self, entries=tuple(entries))

    def insert(self, row: int, *new: RoutineEntry) -> RoutineDraft:
        entries = list(self.entries)
        row = max(0, min(row, len(entries)))
        entries[row:row] = new
        return self._with(entries)

    def remove(self, row: int) -> RoutineDraft:
        entries = list(self.entries)
        del entries[row]
        return self._with(entries)

    def move(self, rows: list[int], to: int) -> RoutineDraft:
        """Moves ``rows`` (in their order) to stand before what was at row ``to``."""
        moving = [self.entries[row] for row in sorted(rows)]
        to -= sum(1 for row in rows if row < to)
        kept = [entry for row, entry in enumerate(self.entries) if row not in rows]
        to = max(0, min(to, len(kept)))
        kept[to:to] = moving
        return self._with(kept)

    def replace_entry(self, row: int, entry: RoutineEntry) -> RoutineDraft:
        entries = list(self.entries)
        entries[row] = entry
        return self._with(entries)

    def with_override(self, row: int, name: str, value: object) -> RoutineDraft:
        item = self.entries[row]
        assert isinstance(item, RoutineItem)
        override = replace(item.override, **{name: value})  # type: ignore[arg-type]
        return self.replace_entry(row, replace(item, override=override))

    def with_note(self, row: int, note: str) -> RoutineDraft:
        item = self.entries[row]
        assert isinstance(item, RoutineItem)
        return self.replace_entry(row, replace(item, note=note))

    def with_rest(self, row: int, seconds: float) -> RoutineDraft:
        return self.replace_entry(row, RestItem(seconds))

    @property
    def exercise_count(self) -> int:
        return sum(isinstance(entry, RoutineItem) for entry in self.entries)

    def misplaced_rests(self) -> list[int]:
        """Rows of rest items that do not stand between two exercises."""
        rows = [i for i, e in enumerate(self.entries) if isinstance(e, RoutineItem)]
        return [
            i
            for i, entry in enumerate(self.entries)
            if isinstance(entry, RestItem) and not (rows and rows[0] < i < rows[-1])
        ]

    def too_many(self) -> bool:
        return len(self.entries) > MAX_ITEMS


def total_seconds(draft: RoutineDraft, exercises: Mapping[str, Exercise]) -> float:
    """The session's length as the player will plan it (the routine list's figure)."""
    routine = draft.to_routine(draft.id or "draft")
    known = tuple(item for item in routine.items if item.exercise_id in exercises)
    return plan_routine(replace(routine, items=known), exercises).total_s


def save_problems(
    draft: RoutineDraft, routine_id: str, exercises: Mapping[str, Exercise]
) -> list[str]:
    """What would stop the draft from being saved as ``routine_id``: the loader's verdict
    on the very text that would be written (empty when it would load back unchanged)."""
    routine = draft.to_routine(routine_id)
    try:
        text = _to_toml(routine)
        check_written(routine, text, exercises, f"{routine_id}.toml")
    except RoutineNotWritableError as error:
        return [problem.message for problem in error.problems] or [str(error)]
    except ValueError as error:
        return [str(error)]
    return []


_NOT_ID = re.compile(r"[^a-z0-9]+")
ID_LIMIT = 64


def _numbered(base: str, number: int) -> str:
    suffix = "" if number == 1 else f"-{number}"
    return base[: ID_LIMIT - len(suffix)].rstrip("-") + suffix


def free_id(base: str, taken: Callable[[str], bool]) -> str:
    """``base``, else ``base-2``, ``base-3``... the first that ``taken`` does not claim."""
    number = 1
    while taken(_numbered(base, number)):
        number += 1
    return _numbered(base, number)


def id_from_title(title: str, taken: Callable[[str], bool]) -> str:
    """A routine id made from a title: "My physio plan" -> "my-physio-plan"."""
    base = _NOT_ID.sub("-", title.casefold()).strip("-")[:ID_LIMIT].strip("-")
    return free_id(base or "my-routine", taken)


def copy_id(routine_id: str, taken: Callable[[str], bool]) -> str:
    """The id of a copy: "<id>-mine", "<id>-mine-2"...; never one that is taken."""
    base = routine_id[: ID_LIMIT - len(COPY_SUFFIX) - 1] + "-" + COPY_SUFFIX
    return free_id(base, taken)


def new_draft(title: str, description: str) -> RoutineDraft:
    return RoutineDraft(id="", title=title, description=description)


def duplicate_draft(routine: Routine, new_id: str, title: str) -> RoutineDraft:
    """A copy as a starting point: a new id and title, no file of its own yet."""
    return replace(RoutineDraft.from_routine(routine), id=new_id, title=title, origin="")


def override_value(item: RoutineItem, name: str) -> float | None:
    value = getattr(item.override, name)
    return None if value is None else float(value)


def default_value(exercise: Exercise, name: str) -> float | None:
    """The exercise's own value of a field (what an empty field means)."""
    if name == "tempo":
        return None if exercise.dose.is_timed_activity else 1.0
    value = getattr(exercise.dose, name)
    return None if value is None else float(value)
