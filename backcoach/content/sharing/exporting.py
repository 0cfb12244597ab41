"""Exports a routine or an exercise to files to send to someone: the file it was loaded from,
byte for byte (comments kept), and for a routine the user's own exercises it uses."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from backcoach.content.checking import kind_of
from backcoach.content.exercise_file import parse_exercise
from backcoach.content.library import BUILT_IN, Library, built_in_folder
from backcoach.content.problems import Problem
from backcoach.content.raw import MAX_FILE_BYTES, parse_bytes
from backcoach.content.routine_file import parse_routine
from backcoach.content.sharing.files import write_atomically
from backcoach.content.sharing.kinds import Kind
from backcoach.model import Exercise, Routine
from backcoach.regular_file import NotReadableError, read_regular_file


class ExportError(Exception):
    """Why nothing was exported, in one line for the user."""


class ExportExistsError(ExportError):
    """Files of those names exist; the caller asks the user, then passes overwrite=True."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        names = ", ".join(str(path) for path in paths)
        super().__init__(f"already there: {names}")


@dataclass(frozen=True)
class ExportedFile:
    kind: Kind
    item_id: str
    path: Path


def find_item(library: Library, item_id: str, kind: Kind | None = None) -> tuple[Kind, str]:
    """Which kind ``item_id`` is (routines and exercises have ids of their own)."""
    is_routine = item_id in library.routines and kind in (None, Kind.ROUTINE)
    is_exercise = item_id in library.exercises and kind in (None, Kind.EXERCISE)
    if is_routine and is_exercise:
        raise ExportError(f"both a routine and an exercise have the id {item_id!r}; say which")
    if is_routine:
        return Kind.ROUTINE, item_id
    if is_exercise:
        return Kind.EXERCISE, item_id
    what = kind.value if kind is not None else "routine or exercise"
    raise ExportError(f"no {what} with the id {item_id!r}")


def companion_path(dest: Path, exercise_id: str) -> Path:
    """Where an exercise that travels with a routine goes: beside it, named after both."""
    return dest.with_name(f"{dest.stem}.{exercise_id}.toml")


def export_plan(
    library: Library, item_id: str, dest: Path, kind: Kind | None = None
) -> list[tuple[ExportedFile, bytes]]:
    """The files an export writes, and their bytes; the first is the one asked for."""
    kind, item_id = find_item(library, item_id, kind)
    if kind is Kind.EXERCISE:
        exercise = library.exercises[item_id]
        return [(ExportedFile(kind, item_id, dest), _file_bytes(kind, item_id, exercise))]
    routine = library.routines[item_id]
    files = [(ExportedFile(kind, item_id, dest), _file_bytes(kind, item_id, routine))]
    for exercise_id in dict.fromkeys(routine.exercise_ids):
        used = library.exercises.get(exercise_id)
        if used is not None and used.origin != BUILT_IN:
            # The other machine has the built-in exercises, not this user's own.
            path = companion_path(dest, exercise_id)
            payload = _file_bytes(Kind.EXERCISE, exercise_id, used)
            files.append((ExportedFile(Kind.EXERCISE, exercise_id, path), payload))
    return files


def export_item(
    library: Library,
    item_id: str,
    dest: Path,
    *,
    kind: Kind | None = None,
    overwrite: bool = False,
) -> list[ExportedFile]:
    """Writes the export (see export_plan), each file atomically. Without ``overwrite`` an
    existing file is never replaced: ExportExistsError names them all, and nothing is
    written. Raises ExportError or OSError."""
    files = export_plan(library, item_id, dest, kind)
    if dest.is_dir():
        raise ExportError(f"{dest} is a folder; give a file name")
    if not dest.parent.is_dir():
        raise ExportError(f"no such folder: {dest.parent}")
    existing = [file.path for file, _ in files if os.path.lexists(file.path)]
    if existing and not overwrite:
        raise ExportExistsError(existing)
    for file, payload in files:
        write_atomically(file.path, payload, replace=overwrite)
    return [file for file, _ in files]


def _file_bytes(kind: Kind, item_id: str, item: Exercise | Routine) -> bytes:
    """The file ``item`` was loaded from, read again and checked to still hold that id."""
    if item.origin == BUILT_IN:
        folder = built_in_folder()
        where = folder.exercises if kind is Kind.EXERCISE else folder.routines
        payload = _built_in_bytes(where, kind, item_id)
        if payload is None:
            raise ExportError(f"the built-in {kind} {item_id!r} has no file")
        return payload
    origin = Path(item.origin)
    try:
        payload = read_regular_file(origin, MAX_FILE_BYTES)
    except (OSError, NotReadableError) as error:
        raise ExportError(f"cannot read {origin}: {error}") from error
    if not _holds(payload, kind, item_id):
        raise ExportError(f"{origin} no longer holds a valid {kind} {item_id!r}")
    return payload


def _built_in_bytes(folder: Traversable | None, kind: Kind, item_id: str) -> bytes | None:
    if folder is None:
        return None
    # Built-in files are named after their ids; the others are looked through only if not.
    named = folder / f"{item_id}.toml"
    candidates = [named] if named.is_file() else []
    candidates += [item for item in folder.iterdir() if item.name.endswith(".toml")]
    for candidate in candidates:
        payload = candidate.read_bytes()
        if _holds(payload, kind, item_id):
            return payload
    return None


def _holds(payload: bytes, kind: Kind, item_id: str) -> bool:
    raw = parse_bytes("export", payload)
    if isinstance(raw, Problem):
        return False
    if kind_of(raw.data) != kind.value:
        return False
    parsed = parse_exercise(raw) if kind is Kind.EXERCISE else parse_routine(raw)
    return not isinstance(parsed, list) and parsed.id == item_id
