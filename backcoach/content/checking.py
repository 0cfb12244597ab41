"""Validates files a user names (backcoach check), whatever kind each one is."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from backcoach.content.crosscheck import check_routine
from backcoach.content.education_file import parse_topic
from backcoach.content.exercise_file import parse_exercise
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile, read_path
from backcoach.content.routine_file import parse_routine
from backcoach.model import Exercise, Routine


def kind_of(data: Mapping[str, Any]) -> str:
    """A routine has items, an education topic has paragraphs, anything else is an exercise."""
    if "items" in data:
        return "routine"
    if "paragraphs" in data:
        return "education"
    return "exercise"


def read_file(path: Path) -> RawFile | Problem:
    """Only a small regular file is read: a pipe or a device is a problem, not a hang."""
    return read_path(path, str(path))


def check_paths(paths: Sequence[Path], known_exercises: Mapping[str, Exercise]) -> list[Problem]:
    """Every problem in the files; routines may use exercises from the files checked with them."""
    problems: list[Problem] = []
    exercises = dict(known_exercises)
    routines: list[tuple[RawFile, Routine]] = []
    for path in paths:
        raw = read_file(path)
        if isinstance(raw, Problem):
            problems.append(raw)
            continue
        kind = kind_of(raw.data)
        if kind == "routine":
            routine = parse_routine(raw)
            if isinstance(routine, list):
                problems.extend(routine)
            else:
                routines.append((raw, routine))
        elif kind == "education":
            topic = parse_topic(raw)
            if isinstance(topic, list):
                problems.extend(topic)
        else:
            exercise = parse_exercise(raw)
            if isinstance(exercise, list):
                problems.extend(exercise)
            else:
                exercises[exercise.id] = exercise
    for raw, routine in routines:
        problems.extend(check_routine(raw, routine, exercises))
    return problems
