"""Puts the built-in content into another language from its overlay files (see
docs/translations.md); user files stay as their authors wrote them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Protocol, TypeVar

from backcoach.content.fields import FieldReader
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile, parse_bytes
from backcoach.content.translation import translate_exercise, translate_routine, translate_topic
from backcoach.model import EducationTopic, Exercise, Routine

BUILT_IN = "built-in"
T = TypeVar("T", Exercise, Routine, EducationTopic)
Translate = Callable[[T, RawFile], tuple[T, list[str], list[Problem]]]


class Translatable(Protocol):
    exercises: dict[str, Exercise]
    routines: dict[str, Routine]
    topics: list[EducationTopic]
    problems: list[Problem]
    pose_labels: dict[str, dict[str, str]]


@dataclass
class Coverage:
    """How much of the built-in content a translation covers."""

    language: str
    translated: int = 0
    untranslated: list[str] = field(default_factory=list)  # "exercises/x: name, setup.2"

    @property
    def complete(self) -> bool:
        return not self.untranslated


def translation_root(language: str) -> Traversable:
    return resources.files("backcoach.resources") / "translations" / language


def available_translations() -> list[str]:
    root = resources.files("backcoach.resources") / "translations"
    if not root.is_dir():
        return []
    return sorted(item.name for item in root.iterdir() if item.is_dir())


def translate_library(
    library: Translatable, language: str, root: Traversable | None = None
) -> Coverage:
    """Replaces built-in items by their translation in place; problems go to the library."""
    root = translation_root(language) if root is None else root
    coverage = Coverage(language)
    label = f"resources/translations/{language}"
    topics = {topic.id: topic for topic in library.topics}
    _translate_kind(
        library,
        coverage,
        root / "exercises",
        label=f"{label}/exercises",
        kind="exercises",
        items=library.exercises,
        translate=translate_exercise,
    )
    _translate_kind(
        library,
        coverage,
        root / "routines",
        label=f"{label}/routines",
        kind="routines",
        items=library.routines,
        translate=translate_routine,
    )
    _translate_kind(
        library,
        coverage,
        root / "education",
        label=f"{label}/education",
        kind="education",
        items=topics,
        translate=translate_topic,
    )
    library.topics[:] = sorted(topics.values(), key=lambda topic: (topic.order, topic.title))
    _pose_labels(library, root / "poses.toml", f"{label}/poses.toml")
    library.exercises = dict(
        sorted(library.exercises.items(), key=lambda kv: kv[1].name.casefold())
    )
    library.problems.sort()
    return coverage


def _translate_kind(
    library: Translatable,
    coverage: Coverage,
    folder: Traversable,
    *,
    label: str,
    kind: str,
    items: dict[str, T],
    translate: Translate[T],
) -> None:
    files = {item.name.removesuffix(".toml"): item for item in _toml_files(folder)}
    for item_id, file in files.items():
        name = f"{label}/{file.name}"
        original = items.get(item_id)
        if original is None or getattr(original, "origin", BUILT_IN) != BUILT_IN:
            if original is None:
                library.problems.append(
                    Problem(name, 1, f"there is no built-in {kind} item {item_id!r} to translate")
                )
            continue
        raw = parse_bytes(name, file.read_bytes())
        if isinstance(raw, Problem):
            library.problems.append(raw)
            coverage.untranslated.append(f"{kind}/{item_id}: the whole file")
            continue
        translated, missing, problems = translate(original, raw)
        library.problems.extend(problems)
        items[item_id] = translated
        coverage.translated += 1
        if missing:
            coverage.untranslated.append(f"{kind}/{item_id}: {', '.join(missing)}")
    for item_id, item in items.items():
        if item_id not in files and getattr(item, "origin", BUILT_IN) == BUILT_IN:
            coverage.untranslated.append(f"{kind}/{item_id}: the whole file")


def _pose_labels(library: Translatable, file: Traversable, name: str) -> None:
    """The captions of the pose pictures: a table per exercise id, pose name -> label."""
    if not file.is_file():
        return
    raw = parse_bytes(name, file.read_bytes())
    if isinstance(raw, Problem):
        library.problems.append(raw)
        return
    reader = FieldReader(name, raw.locator)
    for exercise_id, table in raw.data.items():
        if exercise_id not in library.exercises:
            reader.problem((exercise_id,), "no exercise has this id")
        elif not isinstance(table, dict):
            reader.problem((exercise_id,), 'must be a table of pose name = "label"')
        else:
            labels = {pose: reader.text(table, pose, (exercise_id,), limit=60) for pose in table}
            library.pose_labels[exercise_id] = {k: v for k, v in labels.items() if v}
    library.problems.extend(reader.problems)


def _toml_files(folder: Traversable) -> Iterator[Traversable]:
    if not folder.is_dir():
        return
    yield from sorted(
        (item for item in folder.iterdir() if item.name.endswith(".toml") and item.is_file()),
        key=lambda item: item.name,
    )
