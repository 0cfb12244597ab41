"""Turns a parsed routine file into a Routine, or the list of what is wrong with it."""

from __future__ import annotations

from backcoach.content.exercise_file import DOSE_FIELDS, REST_SECONDS, read_dose
from backcoach.content.fields import FieldReader
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile
from backcoach.model import DoseOverride, Routine, RoutineItem

ROUTINE_FIELDS = ("id", "title", "description", "sources", "rest_between_s", "frequency", "items")
ITEM_FIELDS = ("exercise", "note", *DOSE_FIELDS)
MAX_ITEMS = 40


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

    items = []
    tables = reader.tables(data, "items", ())
    if not tables and "items" not in data:
        reader.problem(("items",), "missing required field: add at least one [[items]]")
    elif not tables and isinstance(data.get("items"), list):
        reader.problem(("items",), "must not be empty")
    elif len(tables) > MAX_ITEMS:
        reader.problem(("items",), f"has {len(tables)} exercises; the limit is {MAX_ITEMS}")
    for index, table in enumerate(tables):
        path = ("items", index)
        reader.unknown_keys(table, ITEM_FIELDS, path)
        exercise_id = reader.identifier(table, "exercise", path)
        note = reader.text(table, "note", path, required=False)
        override = DoseOverride(**read_dose(reader, table, path))
        items.append(RoutineItem(exercise_id, override, note))

    if reader.problems:
        return sorted(reader.problems)
    return Routine(
        id=routine_id,
        title=title,
        description=description,
        items=tuple(items),
        sources=sources,
        rest_between_s=30.0 if rest_between is None else rest_between,
        frequency=frequency,
    )
