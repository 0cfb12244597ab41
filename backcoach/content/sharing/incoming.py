"""Plans an import: reads and checks each file as `backcoach check` does, and finds clashes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from backcoach.content.checking import kind_of
from backcoach.content.crosscheck import check_routine
from backcoach.content.exercise_file import parse_exercise
from backcoach.content.library import BUILT_IN, Library
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile, read_path
from backcoach.content.routine_file import parse_routine
from backcoach.content.sharing.kinds import Kind
from backcoach.model import Exercise, Routine


@dataclass(frozen=True)
class Clash:
    """The incoming id is already in the library: the user's own file or a built-in one."""

    kind: Kind
    item_id: str
    existing: str  # BUILT_IN, or the path of the user's file

    @property
    def built_in(self) -> bool:
        return self.existing == BUILT_IN


@dataclass(frozen=True)
class Incoming:
    """One file to import: what it holds once checked, or why it cannot be imported."""

    source: str  # the name the user gave, for messages only: never a destination
    kind: Kind | None = None
    item_id: str = ""
    raw: RawFile | None = None
    exercise: Exercise | None = None
    routine: Routine | None = None
    problems: tuple[Problem, ...] = ()
    clash: Clash | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.raw is not None


@dataclass(frozen=True)
class ImportPlan:
    files: tuple[Incoming, ...]

    @property
    def problems(self) -> list[Problem]:
        return [problem for incoming in self.files for problem in incoming.problems]

    @property
    def ok(self) -> bool:
        """Every file can be imported (an import is all or nothing)."""
        return bool(self.files) and all(incoming.ok for incoming in self.files)

    @property
    def clashes(self) -> list[Clash]:
        return [incoming.clash for incoming in self.files if incoming.clash is not None]


def plan_import(sources: Sequence[Path], library: Library) -> ImportPlan:
    """Each file read only if it is a small regular file, parsed, and checked against the
    library and the other files: exercises first, so a routine may use one that comes
    with it. Nothing is written."""
    read = [_read(path) for path in sources]
    exercises = [item for item in read if item.kind is Kind.EXERCISE and item.ok]
    merged = dict(library.exercises)
    merged.update({item.item_id: item.exercise for item in exercises if item.exercise})
    checked = []
    seen: dict[tuple[Kind, str], str] = {}
    for item in read:
        if not item.ok or item.kind is None:
            checked.append(item)
            continue
        problems = list(item.problems)
        if item.routine is not None and item.raw is not None:
            problems += check_routine(item.raw, item.routine, merged)
        key = (item.kind, item.item_id)
        if key in seen:
            line = item.raw.locator.line_of(("id",)) if item.raw else 1
            problems.append(
                Problem(item.source, line, f"id: {item.item_id!r} is also in {seen[key]}")
            )
        seen.setdefault(key, item.source)
        clash = _clash(item.kind, item.item_id, library)
        checked.append(replace(item, problems=tuple(problems), clash=clash))
    return ImportPlan(tuple(checked))


def _read(path: Path) -> Incoming:
    name = str(path)
    raw = read_path(path, name)
    if isinstance(raw, Problem):
        return Incoming(name, problems=(raw,))
    kind = kind_of(raw.data)
    if kind == "education":
        return Incoming(name, problems=(Problem(name, 1, "education topics cannot be imported"),))
    if kind == "routine":
        routine = parse_routine(raw)
        if isinstance(routine, list):
            return Incoming(name, Kind.ROUTINE, raw=raw, problems=tuple(routine))
        return Incoming(name, Kind.ROUTINE, routine.id, raw, routine=routine)
    exercise = parse_exercise(raw)
    if isinstance(exercise, list):
        return Incoming(name, Kind.EXERCISE, raw=raw, problems=tuple(exercise))
    return Incoming(name, Kind.EXERCISE, exercise.id, raw, exercise=exercise)


def _clash(kind: Kind, item_id: str, library: Library) -> Clash | None:
    found: Exercise | Routine | None = (
        library.exercises.get(item_id) if kind is Kind.EXERCISE else library.routines.get(item_id)
    )
    return None if found is None else Clash(kind, item_id, found.origin)
