"""Checks a routine against the exercises it names: ids exist, overrides fit the exercise."""

from __future__ import annotations

from collections.abc import Mapping

from backcoach.content.exercise_file import placeholders
from backcoach.content.fields import FieldReader
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile
from backcoach.model import Exercise, Routine, RoutineItem, Sides


def check_routine(
    raw: RawFile, routine: Routine, exercises: Mapping[str, Exercise]
) -> list[Problem]:
    reader = FieldReader(raw.name, raw.locator)
    # The file's item numbers count rests too: problems point at the right [[items]].
    rows = [row for row, entry in enumerate(routine.entries) if isinstance(entry, RoutineItem)]
    for index, item in enumerate(routine.items):
        path = ("items", rows[index])
        exercise = exercises.get(item.exercise_id)
        if exercise is None:
            reader.problem((*path, "exercise"), f"unknown exercise id {item.exercise_id!r}")
            continue
        override = item.override
        activity = exercise.dose.is_timed_activity
        if activity:
            for key in ("reps", "hold_s", "sides", "tempo"):
                if getattr(override, key) is not None:
                    reader.problem(
                        (*path, key), f"{exercise.id!r} is a timed activity; use duration_s"
                    )
        elif override.duration_s is not None:
            reader.problem((*path, "duration_s"), f"{exercise.id!r} is not a timed activity")
        if override.hold_s is not None and not any(phase.hold for phase in exercise.phases):
            reader.problem((*path, "hold_s"), f"{exercise.id!r} has no hold phase")
        uses_sides = any(
            placeholders(phase.action) | placeholders(phase.detail) for phase in exercise.phases
        )
        if override.sides is Sides.NONE and uses_sides:
            reader.problem(
                (*path, "sides"), f"{exercise.id!r} is done on each side; sides cannot be none"
            )
    return sorted(reader.problems)
