"""Carries out a checked import: each clash renamed, replaced or skipped as the user chose,
each file written into the user's exercise or routine folder and nowhere else."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from backcoach.content.crosscheck import check_routine
from backcoach.content.exercise_file import parse_exercise
from backcoach.content.fields import ID_PATTERN
from backcoach.content.library import Library
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile, parse_bytes
from backcoach.content.routine_writer import RoutineNotWritableError, check_written, routine_to_toml
from backcoach.content.sharing.files import (
    UnsafeTargetError,
    file_name_for,
    inside,
    write_atomically,
)
from backcoach.content.sharing.incoming import ImportPlan, Incoming
from backcoach.content.sharing.kinds import Kind
from backcoach.model import Exercise, Routine, RoutineItem
from backcoach.store.paths import AppPaths

MAX_ID = 64  # ID_PATTERN's length
_ID_LINE = re.compile(r"""^[ \t]*(id|"id"|'id')[ \t]*=""")
MAX_FILE_NUMBER = 1000


class Resolution(StrEnum):
    """What to do with an incoming id that is already in the library."""

    RENAME = "rename"  # import it under the first free "<id>-2", "<id>-3"...
    REPLACE = "replace"  # the user's own file is overwritten; a built-in one is overridden
    SKIP = "skip"  # keep what is there; the incoming file is left out


class Action(StrEnum):
    ADDED = "added"
    RENAMED = "renamed"
    REPLACED = "replaced"  # the user's own file of that id, overwritten
    OVERRIDES_BUILT_IN = "overrides-built-in"  # a user file now takes the built-in's place
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Imported:
    source: str
    kind: Kind
    original_id: str
    item_id: str  # as written: differs from original_id when renamed
    action: Action
    path: Path | None  # None when skipped


@dataclass(frozen=True)
class ImportResult:
    imported: tuple[Imported, ...] = ()
    problems: tuple[Problem, ...] = ()  # when not empty, what was not written and why


class ImportNotReadyError(ValueError):
    """The plan has problems, or a clash has no decision: a caller's mistake."""


Decisions = Mapping[tuple[Kind, str], Resolution]


def decide_all(plan: ImportPlan, resolution: Resolution) -> dict[tuple[Kind, str], Resolution]:
    return {(clash.kind, clash.item_id): resolution for clash in plan.clashes}


@dataclass
class _Write:
    incoming: Incoming
    new_id: str
    action: Action
    payload: bytes
    replaces: Path | None  # the user's file overwritten in place


def apply_import(
    plan: ImportPlan, paths: AppPaths, library: Library, decisions: Decisions
) -> ImportResult:
    """Writes every file of ``plan`` as decided. Everything is prepared and checked again
    (a skipped exercise leaves the library's one for the routines that use it) before the
    first file is written: a problem then means nothing was written."""
    if not plan.ok:
        raise ImportNotReadyError("the plan has problems; nothing can be imported")
    missing = [c for c in plan.clashes if (c.kind, c.item_id) not in decisions]
    if missing:
        raise ImportNotReadyError(f"no decision for {missing[0].kind} {missing[0].item_id!r}")
    folders = {Kind.EXERCISE: paths.exercises_dir, Kind.ROUTINE: paths.routines_dir}
    new_ids = _new_ids(plan, library, decisions, folders)
    exercises = dict(library.exercises)
    skipped: list[Imported] = []
    writes: list[_Write] = []
    problems: list[Problem] = []
    for incoming in plan.files:  # exercises first: the routines are checked against them
        if incoming.kind is not Kind.EXERCISE or incoming.exercise is None:
            continue
        if _resolution(incoming, decisions) is Resolution.SKIP:
            skipped.append(_skipped(incoming))
            continue
        new_id = new_ids[(Kind.EXERCISE, incoming.item_id)]
        exercises[new_id] = replace(incoming.exercise, id=new_id)
        payload = _exercise_payload(incoming, new_id)
        if isinstance(payload, Problem):
            problems.append(payload)
            continue
        writes.append(_planned(incoming, new_id, payload, decisions))
    renamed_exercises = {
        old: new for (kind, old), new in new_ids.items() if kind is Kind.EXERCISE and old != new
    }
    for incoming in plan.files:
        if incoming.kind is not Kind.ROUTINE or incoming.routine is None:
            continue
        if _resolution(incoming, decisions) is Resolution.SKIP:
            skipped.append(_skipped(incoming))
            continue
        new_id = new_ids[(Kind.ROUTINE, incoming.item_id)]
        text = _routine_payload(incoming, new_id, renamed_exercises, exercises)
        if isinstance(text, list):
            problems.extend(text)
            continue
        writes.append(_planned(incoming, new_id, text, decisions))
    if problems:
        return ImportResult(problems=tuple(problems))
    return _write_all(writes, skipped, folders)


def _resolution(incoming: Incoming, decisions: Decisions) -> Resolution | None:
    if incoming.clash is None or incoming.kind is None:
        return None
    return decisions[(incoming.kind, incoming.item_id)]


def _skipped(incoming: Incoming) -> Imported:
    assert incoming.kind is not None
    return Imported(
        incoming.source, incoming.kind, incoming.item_id, incoming.item_id, Action.SKIPPED, None
    )


def _new_ids(
    plan: ImportPlan, library: Library, decisions: Decisions, folders: Mapping[Kind, Path]
) -> dict[tuple[Kind, str], str]:
    """Each incoming id as it will be written: itself, or for a rename the first free
    "<id>-N": not in the library, not coming in, and no file of that name in the folder
    (a file that did not load is still the user's)."""
    taken = {
        Kind.EXERCISE: set(library.exercises) | _ids(plan, Kind.EXERCISE),
        Kind.ROUTINE: set(library.routines) | _ids(plan, Kind.ROUTINE),
    }
    new_ids = {}
    for incoming in plan.files:
        assert incoming.kind is not None
        key = (incoming.kind, incoming.item_id)
        new_id = incoming.item_id
        if _resolution(incoming, decisions) is Resolution.RENAME:
            new_id = _free_id(incoming.item_id, taken[incoming.kind], folders[incoming.kind])
            taken[incoming.kind].add(new_id)
        new_ids[key] = new_id
    return new_ids


def _ids(plan: ImportPlan, kind: Kind) -> set[str]:
    return {incoming.item_id for incoming in plan.files if incoming.kind is kind}


def _free_id(item_id: str, taken: set[str], folder: Path) -> str:
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = item_id[: MAX_ID - len(suffix)].rstrip("-") + suffix
        if (
            ID_PATTERN.match(candidate)
            and candidate not in taken
            and not os.path.lexists(folder / f"{candidate}.toml")
        ):
            return candidate
        number += 1


def _exercise_payload(incoming: Incoming, new_id: str) -> bytes | Problem:
    """The file as it came (comments and all); a renamed one with only its id line changed,
    and read back to be sure nothing else did."""
    raw = incoming.raw
    assert raw is not None and incoming.exercise is not None
    if new_id == incoming.item_id:
        return raw.text.encode("utf-8")
    line = raw.locator.line_of(("id",))
    lines = raw.text.splitlines(keepends=True)
    old = lines[line - 1] if line <= len(lines) else ""
    ending = old[len(old.rstrip("\r\n")) :]
    cannot = Problem(incoming.source, line, f"id: cannot be renamed to {new_id!r} here")
    if not _ID_LINE.match(old):
        return cannot
    lines[line - 1] = f'id = "{new_id}"{ending or chr(10)}'
    text = "".join(lines)
    reread = parse_bytes(incoming.source, text.encode("utf-8"))
    if isinstance(reread, Problem):
        return cannot
    exercise = parse_exercise(reread)
    if exercise != replace(incoming.exercise, id=new_id):
        return cannot
    return text.encode("utf-8")


def _routine_payload(
    incoming: Incoming,
    new_id: str,
    renamed_exercises: Mapping[str, str],
    exercises: Mapping[str, Exercise],
) -> bytes | list[Problem]:
    """The file as it came if nothing in it changes, else written anew with its new id and
    the new ids of the exercises renamed with it; checked against the exercises as they
    will be after the import either way."""
    raw, routine = incoming.raw, incoming.routine
    assert raw is not None and routine is not None
    items = tuple(
        RoutineItem(
            renamed_exercises.get(item.exercise_id, item.exercise_id), item.override, item.note
        )
        for item in routine.items
    )
    changed = replace(routine, id=new_id, items=items)
    if changed == routine:
        return _checked(raw, incoming.source, routine, exercises)
    try:
        text = routine_to_toml(changed)
        check_written(changed, text, exercises, incoming.source)
    except RoutineNotWritableError as error:
        return error.problems or [Problem(incoming.source, 1, str(error))]
    except ValueError as error:
        return [Problem(incoming.source, 1, str(error))]
    return text.encode("utf-8")


def _checked(
    raw: RawFile, source: str, routine: Routine, exercises: Mapping[str, Exercise]
) -> bytes | list[Problem]:
    problems = check_routine(raw, routine, exercises)
    return problems if problems else raw.text.encode("utf-8")


def _planned(incoming: Incoming, new_id: str, payload: bytes, decisions: Decisions) -> _Write:
    resolution = _resolution(incoming, decisions)
    clash = incoming.clash
    action, replaces = Action.ADDED, None
    if resolution is Resolution.RENAME:
        action = Action.RENAMED
    elif resolution is Resolution.REPLACE and clash is not None:
        if clash.built_in:
            action = Action.OVERRIDES_BUILT_IN  # a new user file; the loader lets it win
        else:
            action, replaces = Action.REPLACED, Path(clash.existing)
    return _Write(incoming, new_id, action, payload, replaces)


def _write_all(
    writes: list[_Write], skipped: list[Imported], folders: Mapping[Kind, Path]
) -> ImportResult:
    """Writes in order; a failure stops there and says so (the files before it stay)."""
    done: list[Imported] = []
    for write in writes:
        incoming = write.incoming
        assert incoming.kind is not None
        try:
            path = _write_one(write, folders[incoming.kind])
        except OSError as error:
            why = (
                str(error) if isinstance(error, UnsafeTargetError) else error.strerror or str(error)
            )
            problem = Problem(incoming.source, 1, f"not imported: {why}")
            return ImportResult(tuple(done + skipped), (problem,))
        done.append(
            Imported(
                incoming.source, incoming.kind, incoming.item_id, write.new_id, write.action, path
            )
        )
    return ImportResult(tuple(done + skipped))


def _write_one(write: _Write, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if write.replaces is not None:
        # Only the user's own file, and only where the loader found it: in this folder.
        if write.replaces.parent.resolve() != folder.resolve():
            raise UnsafeTargetError(f"{write.replaces} is not in {folder}")
        target = inside(folder, write.replaces.name)
        return write_atomically(target, write.payload, replace=True)
    for number in range(1, MAX_FILE_NUMBER):
        name = file_name_for(write.new_id, number)
        if os.path.lexists(folder / name):
            continue  # another file of the user's (perhaps one that did not load), or a link
        try:
            return write_atomically(inside(folder, name), write.payload, replace=False)
        except FileExistsError:
            continue  # made meanwhile
    raise UnsafeTargetError(f"no free file name for {write.new_id!r} in {folder}")
