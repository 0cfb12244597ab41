"""Writes a Routine to the user's routine folder as a TOML file, atomically, checked first."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from backcoach.content.crosscheck import check_routine
from backcoach.content.exercise_file import DOSE_FIELDS
from backcoach.content.problems import Problem
from backcoach.content.raw import parse_bytes
from backcoach.content.routine_file import parse_routine
from backcoach.content.toml_writing import (
    NEW_FILE_MODE,
    is_safe_id,
    target_in,
    toml_number,
    toml_string,
    write_atomically,
)
from backcoach.model import DoseOverride, Exercise, RestItem, Routine

__all__ = [
    "NEW_FILE_MODE",
    "RoutineNotWritableError",
    "check_written",
    "file_name_for",
    "routine_to_toml",
    "target_path",
    "toml_number",
    "toml_string",
    "write_routine",
]

HEADER = "# A routine of yours, written by backcoach; see docs/routine-format.md to edit it.\n"


class RoutineNotWritableError(ValueError):
    """The routine would not load back as it is (bad id, empty text, unknown exercise...)."""

    def __init__(
        self, routine_id: str, problems: list[Problem] | None = None, why: str = ""
    ) -> None:
        self.routine_id = routine_id
        self.problems = problems or []
        detail = why or "; ".join(problem.message for problem in self.problems)
        super().__init__(f"routine {routine_id!r} cannot be written: {detail}")


def _override_lines(override: DoseOverride) -> list[str]:
    lines = []
    for name in (*DOSE_FIELDS, "tempo"):  # the documented order of a dose, then tempo
        value = getattr(override, name)
        if value is None:
            continue
        if name == "sides":
            lines.append(f"{name} = {toml_string(str(value))}")
        else:
            lines.append(f"{name} = {toml_number(value)}")
    return lines


def routine_to_toml(routine: Routine) -> str:
    """The routine file's text. Empty optional fields are left out (the loader refuses an
    empty text); ``origin`` is where a routine came from, not part of the file."""
    lines = [
        HEADER.rstrip("\n"),
        f"id = {toml_string(routine.id)}",
        f"title = {toml_string(routine.title)}",
        f"description = {toml_string(routine.description)}",
    ]
    if routine.frequency:
        lines.append(f"frequency = {toml_string(routine.frequency)}")
    if routine.sources:
        lines.append(f"sources = [{', '.join(toml_string(s) for s in routine.sources)}]")
    lines.append(f"rest_between_s = {toml_number(routine.rest_between_s)}")
    for item in routine.entries:
        if isinstance(item, RestItem):
            lines += ["", "[[items]]", f"rest = {toml_number(item.seconds)}"]
            continue
        lines += ["", "[[items]]", f"exercise = {toml_string(item.exercise_id)}"]
        lines += _override_lines(item.override)
        if item.note:
            lines.append(f"note = {toml_string(item.note)}")
    return "\n".join(lines) + "\n"


def file_name_for(routine_id: str) -> str:
    """``<id>.toml``; an id that is not a valid routine id is refused, so the name can hold
    no folder separator, no "..", and nothing hidden."""
    if not is_safe_id(routine_id):
        raise RoutineNotWritableError(routine_id, why="not a valid id")
    return f"{routine_id}.toml"


def target_path(routine: Routine, folder: Path) -> Path:
    """Where the routine is written: the file it was loaded from when that file lies
    directly in ``folder`` (so no second file with the same id appears), else
    ``folder/<id>.toml``. Only a name inside ``folder`` is ever used."""
    file_name_for(routine.id)
    return target_in(folder, routine.id, routine.origin)


def check_written(
    routine: Routine, text: str, exercises: Mapping[str, Exercise] | None, name: str
) -> None:
    """Raises RoutineNotWritableError unless ``text`` loads back as ``routine`` (origin
    aside) and, given ``exercises``, passes the same checks as ``backcoach check``."""
    raw = parse_bytes(name, text.encode("utf-8"))
    if isinstance(raw, Problem):
        raise RoutineNotWritableError(routine.id, [raw])
    loaded = parse_routine(raw)
    if isinstance(loaded, list):
        raise RoutineNotWritableError(routine.id, loaded)
    if replace(loaded, origin=routine.origin) != routine:
        # The loader trims texts and turns whole numbers into floats: a routine that
        # differs after that was never one a file could hold.
        raise RoutineNotWritableError(routine.id, why="it would not read back unchanged")
    if exercises is not None and (problems := check_routine(raw, loaded, exercises)):
        raise RoutineNotWritableError(routine.id, problems)


def write_routine(
    routine: Routine, folder: Path, *, exercises: Mapping[str, Exercise] | None = None
) -> Path:
    """Writes ``routine`` into ``folder`` (created if missing) and returns the file's path.

    The text is checked first (``check_written``), then written to a hidden temporary
    file beside the target, flushed to disk and renamed over it, so a crash leaves the
    old file or the new one, never half of one. Raises RoutineNotWritableError or OSError.
    """
    target = target_path(routine, folder)
    try:
        text = routine_to_toml(routine)
    except ValueError as error:  # a lone surrogate, an infinite number
        raise RoutineNotWritableError(routine.id, why=str(error)) from error
    check_written(routine, text, exercises, str(target))
    write_atomically(text, target)
    return target
