"""Writes a user's own Exercise as a TOML file, atomically, checked by the loader first."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from importlib import resources
from pathlib import Path

from backcoach.content.exercise_file import parse_exercise
from backcoach.content.problems import Problem
from backcoach.content.raw import parse_bytes
from backcoach.content.toml_lines import Path as FieldPath
from backcoach.content.toml_writing import (
    is_safe_id,
    same_folder,
    sync_folder,
    target_in,
    toml_number,
    toml_string,
    toml_strings,
    write_atomically,
)
from backcoach.model import Condition, Dose, Exercise, Phase, Routine

HEADER = "# An exercise of yours, written by backcoach; see docs/exercise-format.md to edit it."
FALLBACK_ID = "my-exercise"
MAX_ID = 64
# "phases[2].seconds: must be ..." as FieldReader.problem writes it (fields.show_path).
_PROBLEM_PATH = re.compile(r"^([a-z_]+(?:\[\d+\]|\.[a-z_]+)*): (.*)$", re.DOTALL)
_PATH_PART = re.compile(r"\[(\d+)\]|\.?([a-z_]+)")


class ExerciseNotWritableError(ValueError):
    """The exercise would not load back as it is, or would overwrite what is not ours."""

    def __init__(
        self, exercise_id: str, problems: list[Problem] | None = None, why: str = ""
    ) -> None:
        self.exercise_id = exercise_id
        self.problems = problems or []
        detail = why or "; ".join(problem.message for problem in self.problems)
        super().__init__(f"exercise {exercise_id!r} cannot be written: {detail}")


class ExerciseInUseError(ValueError):
    """The exercise cannot be deleted: these routines use it (their titles)."""

    def __init__(self, exercise_id: str, titles: list[str]) -> None:
        self.exercise_id = exercise_id
        self.titles = titles
        super().__init__(f"exercise {exercise_id!r} is used by: {', '.join(titles)}")


# -- the text ------------------------------------------------------------------------


def _dose_lines(dose: Dose) -> list[str]:
    """The dose as the loader wants it: a timed activity names no reps, hold or sides."""
    lines = [f"sets = {dose.sets}"]
    if not dose.is_timed_activity:
        lines.append(f"reps = {dose.reps}")
    if dose.hold_s is not None:
        lines.append(f"hold_s = {toml_number(dose.hold_s)}")
    lines.append(f"rest_s = {toml_number(dose.rest_s)}")
    if not dose.is_timed_activity:
        lines.append(f"sides = {toml_string(dose.sides.value)}")
    if dose.duration_s is not None:
        lines.append(f"duration_s = {toml_number(dose.duration_s)}")
    return lines


def _phase_lines(phase: Phase) -> list[str]:
    lines = [
        "[[phases]]",
        f"action = {toml_string(phase.action)}",
        f"breath = {toml_string(phase.breath.value)}",
    ]
    if phase.seconds is not None:
        lines.append(f"seconds = {toml_number(phase.seconds)}")
    if phase.hold:
        lines.append("hold = true")
    if phase.detail:
        lines.append(f"detail = {toml_string(phase.detail)}")
    return lines


def exercise_to_toml(exercise: Exercise) -> str:
    """The exercise file's text, fields in the documented order. Empty optional fields are
    left out (the loader refuses an empty text); ``origin`` is not part of the file."""
    lines = [
        HEADER,
        f"id = {toml_string(exercise.id)}",
        f"name = {toml_string(exercise.name)}",
    ]
    if exercise.aliases:
        lines.append(f"aliases = {toml_strings(exercise.aliases)}")
    lines.append(f"category = {toml_string(exercise.category.value)}")
    lines.append(f"position = {toml_string(exercise.position.value)}")
    if exercise.equipment:
        lines.append(f"equipment = {toml_strings([item.value for item in exercise.equipment])}")
    if exercise.areas:
        lines.append(f"areas = {toml_strings(exercise.areas)}")
    lines.append(f"purpose = {toml_string(exercise.purpose)}")
    lines.append(f"setup = {toml_strings(exercise.setup)}")
    if exercise.cautions:
        lines.append(f"cautions = {toml_strings(exercise.cautions)}")
    if exercise.conditions:
        # In the order the enum lists them, so the same set always gives the same file.
        tags = [tag.value for tag in Condition if tag in exercise.conditions]
        lines.append(f"conditions = {toml_strings(tags)}")
    if exercise.tips:
        lines.append(f"tips = {toml_strings(exercise.tips)}")
    lines += ["", "[dose]", *_dose_lines(exercise.dose)]
    for phase in exercise.phases:
        lines += ["", *_phase_lines(phase)]
    for variant in exercise.variants:
        lines += [
            "",
            "[[variants]]",
            f"level = {toml_string(variant.level)}",
            f"name = {toml_string(variant.name)}",
            f"how = {toml_string(variant.how)}",
        ]
    for source in exercise.sources:
        lines += [
            "",
            "[[sources]]",
            f"file = {toml_string(source.file)}",
            f"dose = {toml_string(source.dose)}",
        ]
    return "\n".join(lines) + "\n"


# -- checks --------------------------------------------------------------------------


def check_exercise(exercise: Exercise, name: str = "exercise.toml") -> list[Problem]:
    """What ``backcoach check`` would say about the file this exercise makes, plus whether it
    reads back unchanged; empty when it may be written."""
    try:
        text = exercise_to_toml(exercise)
    except ValueError as error:  # a lone surrogate, an infinite number
        return [Problem(name, 1, str(error))]
    raw = parse_bytes(name, text.encode("utf-8"))
    if isinstance(raw, Problem):
        return [raw]
    loaded = parse_exercise(raw)
    if isinstance(loaded, list):
        return loaded
    if replace(loaded, origin=exercise.origin) != exercise:
        # The loader trims texts and turns whole numbers into floats: an exercise that
        # differs after that was never one a file could hold.
        return [Problem(name, 1, "it would not read back unchanged")]
    return []


def problem_field(problem: Problem) -> tuple[FieldPath, str]:
    """The field a loader problem is about and the reason alone:
    "phases[2].seconds: must be ..." -> (("phases", 1, "seconds"), "must be ...")."""
    match = _PROBLEM_PATH.match(problem.message)
    if match is None:
        return (), problem.message
    path: list[str | int] = []
    for index, key in _PATH_PART.findall(match.group(1)):
        path.append(int(index) - 1 if index else key)
    return tuple(path), match.group(2)


def exercise_id_for(name: str, taken: Collection[str]) -> str:
    """An id from the name: lower-case letters and digits joined by '-', accents dropped
    ("Knie zur Brust" -> "knie-zur-brust"), with -2, -3... until no exercise has it."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    words = re.findall(r"[a-z0-9]+", plain)
    base = "-".join(words)[:MAX_ID].strip("-") or FALLBACK_ID
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = base[: MAX_ID - len(suffix)].rstrip("-") + suffix
    return candidate


def routines_using(exercise_id: str, routines: Iterable[Routine]) -> list[Routine]:
    """The routines with an item of this exercise, by title."""
    users = [r for r in routines if any(item.exercise_id == exercise_id for item in r.items)]
    return sorted(users, key=lambda routine: routine.title.casefold())


def _built_in_exercises_folder() -> Path | None:
    """The built-in exercises' folder when it is on disk (a checkout, an editable install)."""
    folder = resources.files("backcoach.resources") / "exercises"
    return folder if isinstance(folder, Path) else None


def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and same_folder(path.parent, folder)


# -- writing and deleting --------------------------------------------------------------


def target_path(exercise: Exercise, folder: Path) -> Path:
    """``folder/<id>.toml``, or the file it came from when that lies directly in ``folder``."""
    if not is_safe_id(exercise.id):
        raise ExerciseNotWritableError(exercise.id, why="not a valid id")
    return target_in(folder, exercise.id, exercise.origin)


def write_exercise(
    exercise: Exercise, folder: Path, *, others: Mapping[str, Exercise] | None = None
) -> Path:
    """Writes ``exercise`` into ``folder`` (created if missing) and returns the file's path.

    Refused (ExerciseNotWritableError) when the file would not load back as the same
    exercise, when the target is a built-in file, or when ``others`` (the library) has a
    different exercise, built-in or from another file, with the same id: a new exercise
    must never hide one that exists. Written atomically; raises OSError when the disk does.
    """
    target = target_path(exercise, folder)
    if _inside(target, _built_in_exercises_folder()):
        raise ExerciseNotWritableError(exercise.id, why="built-in exercises are not changed")
    existing = (others or {}).get(exercise.id)
    if existing is not None and not _same_file(existing.origin, target):
        raise ExerciseNotWritableError(
            exercise.id, why=f"the id is already used by {existing.name!r}"
        )
    problems = check_exercise(exercise, str(target))
    if problems:
        raise ExerciseNotWritableError(exercise.id, problems)
    write_atomically(exercise_to_toml(exercise), target)
    return target


def _same_file(origin: str, target: Path) -> bool:
    if origin in ("", "built-in"):
        return False
    try:
        return Path(origin).resolve() == target.resolve()
    except (OSError, ValueError):
        return False


def delete_exercise(exercise: Exercise, folder: Path, routines: Iterable[Routine]) -> Path:
    """Removes the user's file of ``exercise`` from ``folder`` and returns its path.

    Refused with ExerciseInUseError while a routine uses it (those routines would no
    longer load), and with ExerciseNotWritableError unless its file lies in ``folder``.
    """
    users = routines_using(exercise.id, routines)
    if users:
        raise ExerciseInUseError(exercise.id, [routine.title for routine in users])
    origin = Path(exercise.origin) if exercise.origin not in ("", "built-in") else None
    if origin is None or not same_folder(origin.parent, folder):
        raise ExerciseNotWritableError(exercise.id, why="it is not one of your own files")
    origin.unlink()
    sync_folder(origin.parent)
    return origin
