"""Turns a parsed routine file into a Routine, or the list of what is wrong with it."""

from __future__ import annotations

from typing import Any

from backcoach.content.exercise_file import DOSE_FIELDS, REST_SECONDS, read_dose
from backcoach.content.fields import FieldReader
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile
from backcoach.content.toml_lines import Path
from backcoach.model import TEMPO_RANGE, DoseOverride, RestItem, Routine, RoutineEntry, RoutineItem

ROUTINE_FIELDS = ("id", "title", "description", "sources", "rest_between_s", "frequency", "items")
ITEM_FIELDS = ("exercise", "note", *DOSE_FIELDS, "tempo")
REST_ITEM_FIELDS = ("rest",)
REST_ITEM_SECONDS = (5.0, 600.0)  # shorter is no rest; longer is a break, not a routine
MAX_ITEMS = 40


def read_tempo(reader: FieldReader, table: dict[str, Any], path: Path) -> float | None:
    """The ``tempo`` factor, or None when absent or refused (the problem is recorded)."""
    if "tempo" not in table:
        return None
    value = table["tempo"]
    low, high = TEMPO_RANGE
    if isinstance(value, bool) or not isinstance(value, int | float):
        reader.problem((*path, "tempo"), f"must be a number, not {value!r}")
        return None
    if not low <= value <= high:  # also refuses nan
        reader.problem((*path, "tempo"), f"must be from {low:g} to {high:g}, not {value:g}")
        return None
    return float(value)


def _read_entry(reader: FieldReader, table: dict[str, Any], path: Path) -> RoutineEntry:
    if "rest" in table and "exercise" not in table:
        reader.unknown_keys(table, REST_ITEM_FIELDS, path)
        seconds = reader.seconds(table, "rest", path, *REST_ITEM_SECONDS)
        return RestItem(REST_ITEM_SECONDS[0] if seconds is None else seconds)
    reader.unknown_keys(table, ITEM_FIELDS, path)
    exercise_id = reader.identifier(table, "exercise", path)
    note = reader.text(table, "note", path, required=False)
    dose = read_dose(reader, table, path)
    tempo = read_tempo(reader, table, path)
    return RoutineItem(exercise_id, DoseOverride(**dose, tempo=tempo), note)


def _check_rest_places(reader: FieldReader, entries: list[RoutineEntry]) -> None:
    exercise_rows = [i for i, entry in enumerate(entries) if isinstance(entry, RoutineItem)]
    for index, entry in enumerate(entries):
        if isinstance(entry, RestItem) and not (
            exercise_rows and exercise_rows[0] < index < exercise_rows[-1]
        ):
            reader.problem(("items", index, "rest"), "a rest must come between two exercises")


def parse_routine(raw: RawFile) -> Routine | list[Problem]:
    reader = FieldReader(raw.name, raw.locator)
    data = raw.data
    reader.unknown_keys(data, ROUTINE_FIELDS, ())
    routine_id = reader.identifier(data, "id", ())
    title = reader.text(data, "title", (), limit=80)
    description = reader.text(data, "description", ())
    sources = reader.texts(data, "sources", (), limit=120)
    frequency = reader.text(data, "frequency", (), required=False, limit=120)
    rest_between = reader.seconds(data, "rest_between_s", (), *REST_SECONDS)

    entries: list[RoutineEntry] = []
    tables = reader.tables(data, "items", ())
    if not tables and "items" not in data:
        reader.problem(("items",), "missing required field: add at least one [[items]]")
    elif not tables and isinstance(data.get("items"), list):
        reader.problem(("items",), "must not be empty")
    elif len(tables) > MAX_ITEMS:
        reader.problem(("items",), f"has {len(tables)} items; the limit is {MAX_ITEMS}")
    for index, table in enumerate(tables):
        entries.append(_read_entry(reader, table, ("items", index)))
    _check_rest_places(reader, entries)

    if reader.problems:
        return sorted(reader.problems)
    return Routine(
        id=routine_id,
        title=title,
        description=description,
        items=(),
        sources=sources,
        rest_between_s=30.0 if rest_between is None else rest_between,
        frequency=frequency,
    ).with_entries(entries)
