"""Loads every exercise, routine and education file, built-in then the user's own."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

from backcoach.content.crosscheck import check_routine
from backcoach.content.education_file import parse_topic
from backcoach.content.exercise_file import parse_exercise
from backcoach.content.language_layer import Coverage, translate_library
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile, parse_bytes, read_path
from backcoach.content.routine_file import parse_routine
from backcoach.model import EducationTopic, Exercise, Routine
from backcoach.store.paths import AppPaths

BUILT_IN = "built-in"
T = TypeVar("T", Exercise, Routine)


@dataclass
class Library:
    """Everything that loaded, plus a problem for every file that did not."""

    exercises: dict[str, Exercise] = field(default_factory=dict)
    routines: dict[str, Routine] = field(default_factory=dict)
    topics: list[EducationTopic] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    coverage: Coverage | None = None  # of the translation, when not in English
    # Captions of the pose pictures in the content's language (empty: the pose files' own).
    pose_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]


@dataclass(frozen=True)
class ContentFolder:
    """One place content comes from: the package's resources or a user folder."""

    origin: str
    exercises: Traversable | None
    routines: Traversable | None
    education: Traversable | None
    label: str  # how file names are shown in problems


def built_in_folder() -> ContentFolder:
    root = resources.files("backcoach.resources")
    return ContentFolder(
        BUILT_IN, root / "exercises", root / "routines", root / "education", "resources"
    )


def user_folder(exercises_dir: Path, routines_dir: Path) -> ContentFolder:
    return ContentFolder("user", exercises_dir, routines_dir, None, "")


def load_content(paths: AppPaths, language: str = "en") -> Library:
    """Built-in content in ``language`` (English where a translation is missing), then the
    user's own files; bad files end up in .problems."""
    return load_with_user_folders(paths.exercises_dir, paths.routines_dir, language)


def load_with_user_folders(
    exercises_dir: Path, routines_dir: Path, language: str = "en"
) -> Library:
    """As load_content, from the user's folders themselves (the window reloads this way
    after the user saved an exercise of their own)."""
    library = load_library([built_in_folder(), user_folder(exercises_dir, routines_dir)])
    if language != "en":
        library.coverage = translate_library(library, language)
    return library


def _toml_files(folder: Traversable | None, problems: list[Problem]) -> Iterator[Traversable]:
    if folder is None or not folder.is_dir():
        return
    try:
        items = [item for item in folder.iterdir() if item.name.endswith(".toml")]
    except OSError as error:
        problems.append(Problem(str(folder), 1, f"cannot read folder: {error.strerror or error}"))
        return
    # Every x.toml on disk is kept, so that a pipe, a device or a folder of that name is
    # reported by read_path (and not opened) rather than passed over in silence.
    yield from sorted(
        (item for item in items if isinstance(item, Path) or item.is_file()),
        key=lambda item: item.name,
    )


def _display_name(item: Traversable, folder: ContentFolder, kind: str) -> str:
    if folder.origin == BUILT_IN:
        return f"{folder.label}/{kind}/{item.name}"
    return str(item)


def _read(item: Traversable, name: str) -> RawFile | Problem:
    if isinstance(item, Path):  # on disk: a user's folder, or the resources of a checkout
        return read_path(item, name)
    try:  # inside an archive: only our own files, all small
        payload = item.read_bytes()
    except OSError as error:
        return Problem(name, 1, f"cannot read file: {error.strerror or error}")
    return parse_bytes(name, payload)


def load_library(folders: Iterable[ContentFolder]) -> Library:
    """Later folders add to and override earlier ones; a bad file is skipped, never fatal."""
    library = Library()
    routine_files: list[tuple[RawFile, Routine]] = []
    for folder in folders:
        _load_exercises(library, folder)
        routine_files.extend(_load_routines(library, folder))
        _load_topics(library, folder)
    for raw, routine in routine_files:
        if library.routines.get(routine.id) is not routine:
            continue  # overridden by a later folder
        problems = check_routine(raw, routine, library.exercises)
        if problems:
            library.problems.extend(problems)
            del library.routines[routine.id]
    library.exercises = dict(
        sorted(library.exercises.items(), key=lambda kv: kv[1].name.casefold())
    )
    library.topics.sort(key=lambda topic: (topic.order, topic.title))
    library.problems.sort()
    return library


def _parsed(
    library: Library, folder: ContentFolder, folder_item: Traversable | None, kind: str
) -> Iterator[RawFile]:
    for item in _toml_files(folder_item, library.problems):
        raw = _read(item, _display_name(item, folder, kind))
        if isinstance(raw, Problem):
            library.problems.append(raw)
        else:
            yield raw


def _duplicate(raw: RawFile, item_id: str, seen: dict[str, str]) -> Problem | None:
    if item_id in seen:
        line = raw.locator.line_of(("id",))
        return Problem(raw.name, line, f"id: {item_id!r} is already used by {seen[item_id]}")
    seen[item_id] = raw.name
    return None


def _load_exercises(library: Library, folder: ContentFolder) -> None:
    seen: dict[str, str] = {}
    for raw in _parsed(library, folder, folder.exercises, "exercises"):
        result = parse_exercise(raw)
        if isinstance(result, list):
            library.problems.extend(result)
        elif problem := _duplicate(raw, result.id, seen):
            library.problems.append(problem)
        else:
            origin = BUILT_IN if folder.origin == BUILT_IN else raw.name
            library.exercises[result.id] = _with_origin(result, origin)


def _load_routines(library: Library, folder: ContentFolder) -> list[tuple[RawFile, Routine]]:
    seen: dict[str, str] = {}
    loaded = []
    for raw in _parsed(library, folder, folder.routines, "routines"):
        result = parse_routine(raw)
        if isinstance(result, list):
            library.problems.extend(result)
        elif problem := _duplicate(raw, result.id, seen):
            library.problems.append(problem)
        else:
            origin = BUILT_IN if folder.origin == BUILT_IN else raw.name
            routine = _with_origin(result, origin)
            library.routines[routine.id] = routine
            loaded.append((raw, routine))
    return loaded


def _load_topics(library: Library, folder: ContentFolder) -> None:
    seen: dict[str, str] = {}
    for raw in _parsed(library, folder, folder.education, "education"):
        result = parse_topic(raw)
        if isinstance(result, list):
            library.problems.extend(result)
        elif problem := _duplicate(raw, result.id, seen):
            library.problems.append(problem)
        else:
            library.topics.append(result)


def _with_origin(item: T, origin: str) -> T:
    return replace(item, origin=origin)


def built_in_routine(routine_id: str, language: str = "en") -> Routine | None:
    """The built-in routine of that id, in ``language``: what shows again once the user's
    file of the same id is deleted."""
    library = load_library([built_in_folder()])
    if language != "en":
        translate_library(library, language)
    return library.routines.get(routine_id)
