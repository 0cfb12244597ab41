"""Finds the routine a user names: a routine id, or the path of a routine file."""

from __future__ import annotations

from pathlib import Path

from backcoach.content.checking import kind_of, read_file
from backcoach.content.crosscheck import check_routine
from backcoach.content.library import Library
from backcoach.content.problems import Problem
from backcoach.content.routine_file import parse_routine
from backcoach.model import Routine


def resolve_routine(name: str, library: Library) -> Routine | list[Problem]:
    """An id wins over a file of the same name; a path needs a '/' or a .toml ending."""
    if name in library.routines:
        return library.routines[name]
    looks_like_path = "/" in name or name.endswith(".toml") or Path(name).exists()
    if not looks_like_path:
        known = ", ".join(sorted(library.routines)) or "none"
        return [Problem(name, 1, f"no routine with this id (known: {known})")]
    raw = read_file(Path(name))
    if isinstance(raw, Problem):
        return [raw]
    if kind_of(raw.data) != "routine":
        return [Problem(name, 1, "not a routine file (a routine has [[items]])")]
    routine = parse_routine(raw)
    if isinstance(routine, list):
        return routine
    problems = check_routine(raw, routine, library.exercises)
    return problems or routine
