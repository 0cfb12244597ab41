"""Lays a translation's text over English content: text only, in exactly the same shape."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from backcoach.content.exercise_file import forbids_breath_hold, placeholders
from backcoach.content.fields import FieldReader, show_path
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile
from backcoach.content.toml_lines import Path
from backcoach.model import EducationTopic, Exercise, Routine

EXERCISE_TEXT = (
    "name",
    "aliases",
    "areas",
    "purpose",
    "setup",
    "cautions",
    "tips",
    "phases",
    "variants",
    "sources",
)
ROUTINE_TEXT = ("title", "description", "frequency", "items")
TOPIC_TEXT = ("title", "summary", "paragraphs")


class _Overlay:
    """Reads one overlay file against the English item it translates."""

    def __init__(self, raw: RawFile) -> None:
        self.reader = FieldReader(raw.name, raw.locator)
        self.data = raw.data
        self.missing: list[str] = []  # fields left in English: the translation is incomplete

    @property
    def problems(self) -> list[Problem]:
        return sorted(self.reader.problems)

    def text(
        self, table: dict[str, Any], key: str, path: Path, english: str, limit: int = 2000
    ) -> str:
        if not english:
            if key in table:
                self.reader.problem((*path, key), "the English text has no such field")
            return english
        if key not in table:
            self.missing.append(show_path((*path, key)))
            return english
        text = self.reader.text(table, key, path, limit=limit)
        return self._safe(text, (*path, key), english) or english

    def texts(
        self,
        table: dict[str, Any],
        key: str,
        path: Path,
        english: tuple[str, ...],
        *,
        same_count: bool = True,
        limit: int = 2000,
    ) -> tuple[str, ...]:
        if key not in table:
            if english:
                self.missing.append(show_path((*path, key)))
            return english
        texts = self.reader.texts(table, key, path, limit=limit)
        if same_count and len(table[key]) != len(english):
            self.reader.problem(
                (*path, key),
                f"has {len(table[key])} entries; the English "
                f"has {len(english)}, and each must be translated in place",
            )
            return english
        if len(texts) != len(table[key]):
            return english  # a bad entry: reported by the reader
        return tuple(
            self._safe(text, (*path, key, index), english[index] if same_count else "")
            or (english[index] if same_count else text)
            for index, text in enumerate(texts)
        )

    def tables(
        self, table: dict[str, Any], key: str, path: Path, english_count: int
    ) -> list[dict[str, Any]] | None:
        """The translated tables, one per English one; None (and a note) when absent."""
        if key not in table:
            if english_count:
                self.missing.append(show_path((*path, key)))
            return None
        tables = self.reader.tables(table, key, path)
        if len(tables) != english_count:
            self.reader.problem(
                (*path, key),
                f"has {len(tables)} [[{key}]] tables; the English "
                f"has {english_count}, and each must be translated in place",
            )
            return None
        return tables

    def _safe(self, text: str, path: Path, english: str) -> str:
        """The text, or "" after a problem: it must not ask to hold the breath, and must use
        exactly the side placeholders the English uses."""
        if forbids_breath_hold(text):
            self.reader.problem(path, "must not tell the user to hold their breath")
            return ""
        if english and placeholders(text) != placeholders(english):
            wanted = ", ".join(f"{{{name}}}" for name in sorted(placeholders(english))) or "none"
            self.reader.problem(path, f"must use the same placeholders as the English ({wanted})")
            return ""
        return text


def translate_exercise(
    exercise: Exercise, raw: RawFile
) -> tuple[Exercise, list[str], list[Problem]]:
    """The exercise in the overlay's words; the fields left in English; what was wrong."""
    o = _Overlay(raw)
    o.reader.unknown_keys(o.data, EXERCISE_TEXT, ())
    phases = list(exercise.phases)
    for index, table in enumerate(o.tables(o.data, "phases", (), len(phases)) or []):
        path = ("phases", index)
        o.reader.unknown_keys(table, ("action", "detail"), path)
        phase = phases[index]
        phases[index] = replace(
            phase,
            action=o.text(table, "action", path, phase.action),
            detail=o.text(table, "detail", path, phase.detail),
        )
    variants = list(exercise.variants)
    for index, table in enumerate(o.tables(o.data, "variants", (), len(variants)) or []):
        path = ("variants", index)
        o.reader.unknown_keys(table, ("name", "how"), path)
        variant = variants[index]
        variants[index] = replace(
            variant,
            name=o.text(table, "name", path, variant.name, 80),
            how=o.text(table, "how", path, variant.how),
        )
    sources = list(exercise.sources)
    for index, table in enumerate(o.tables(o.data, "sources", (), len(sources)) or []):
        path = ("sources", index)
        o.reader.unknown_keys(table, ("dose",), path)
        sources[index] = replace(
            sources[index], dose=o.text(table, "dose", path, sources[index].dose)
        )
    aliases = o.texts(o.data, "aliases", (), (), same_count=False, limit=80)
    translated = replace(
        exercise,
        name=o.text(o.data, "name", (), exercise.name, 80),
        # Searching finds an exercise by its English names too.
        aliases=tuple(dict.fromkeys((*aliases, exercise.name, *exercise.aliases))),
        areas=o.texts(o.data, "areas", (), exercise.areas, limit=60),
        purpose=o.text(o.data, "purpose", (), exercise.purpose),
        setup=o.texts(o.data, "setup", (), exercise.setup),
        cautions=o.texts(o.data, "cautions", (), exercise.cautions),
        tips=o.texts(o.data, "tips", (), exercise.tips),
        phases=tuple(phases),
        variants=tuple(variants),
        sources=tuple(sources),
    )
    if not aliases and exercise.aliases:
        o.missing.append("aliases")
    return translated, o.missing, o.problems


def translate_routine(routine: Routine, raw: RawFile) -> tuple[Routine, list[str], list[Problem]]:
    o = _Overlay(raw)
    o.reader.unknown_keys(o.data, ROUTINE_TEXT, ())
    items = list(routine.items)
    for index, table in enumerate(o.tables(o.data, "items", (), len(items)) or []):
        path = ("items", index)
        o.reader.unknown_keys(table, ("note",), path)
        items[index] = replace(items[index], note=o.text(table, "note", path, items[index].note))
    translated = replace(
        routine,
        title=o.text(o.data, "title", (), routine.title, 80),
        description=o.text(o.data, "description", (), routine.description),
        frequency=o.text(o.data, "frequency", (), routine.frequency, 120),
        items=tuple(items),
    )
    return translated, o.missing, o.problems


def translate_topic(
    topic: EducationTopic, raw: RawFile
) -> tuple[EducationTopic, list[str], list[Problem]]:
    o = _Overlay(raw)
    o.reader.unknown_keys(o.data, TOPIC_TEXT, ())
    translated = replace(
        topic,
        title=o.text(o.data, "title", (), topic.title, 80),
        summary=o.text(o.data, "summary", (), topic.summary),
        paragraphs=o.texts(o.data, "paragraphs", (), topic.paragraphs),
    )
    return translated, o.missing, o.problems
