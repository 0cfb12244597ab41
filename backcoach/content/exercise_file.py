"""Turns a parsed exercise file into an Exercise, or the list of what is wrong with it."""

from __future__ import annotations

import re
import string
from typing import Any

from backcoach.content.fields import FieldReader
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile
from backcoach.content.toml_lines import Path
from backcoach.model import (
    Breath,
    Category,
    Condition,
    Dose,
    Equipment,
    Exercise,
    Phase,
    Position,
    Sides,
    SourceDose,
    Variant,
)

# Ranges wide enough for any sane prescription, narrow enough to catch typos (600 for 60).
SETS = (1, 10)
REPS = (1, 50)
PHASE_SECONDS = (0.5, 120.0)
HOLD_SECONDS = (1.0, 600.0)
REST_SECONDS = (0.0, 600.0)
ACTIVITY_SECONDS = (60.0, 4 * 3600.0)

EXERCISE_FIELDS = (
    "id",
    "name",
    "aliases",
    "category",
    "position",
    "equipment",
    "areas",
    "purpose",
    "setup",
    "phases",
    "dose",
    "cautions",
    "conditions",
    "variants",
    "tips",
    "sources",
)
PHASE_FIELDS = ("action", "breath", "seconds", "hold", "detail")
DOSE_FIELDS = ("sets", "reps", "hold_s", "rest_s", "sides", "duration_s")
VARIANT_FIELDS = ("level", "name", "how")
VARIANT_LEVELS = ("easier", "harder")
SOURCE_FIELDS = ("file", "dose")
SIDE_PLACEHOLDERS = frozenset({"side", "other"})

# Holding the breath under effort raises blood pressure: no text may ask for it, in any
# language we ship. Each pattern comes with the words that, just before it, negate it.
_BREATH_HOLDS = (
    (
        re.compile(r"\bhold(ing)?\s+(your|the)\s+breath\b", re.IGNORECASE),
        re.compile(r"(never|not|n't|don't|without)\s*$"),
    ),
    # German: "Atem anhalten", "die Luft anzuhalten", "halte den Atem an".
    (
        re.compile(
            r"\b(atem|luft)\s+an(zu)?halten\b|\bh(a|ä)lte?s?t?\s+(den|die|deinen)\s+"
            r"(atem|luft)\s+an\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b(nicht|nie|niemals|ohne)\s+((den|die|deinen|deine)\s+)?$"),
    ),
)


def forbids_breath_hold(text: str) -> bool:
    """True if the text tells the user to hold their breath (negations are allowed)."""
    for pattern, negation in _BREATH_HOLDS:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 16) : match.start()].casefold()
            if not negation.search(before):
                return True
    return False


def read_dose(reader: FieldReader, table: dict[str, Any], path: Path) -> dict[str, Any]:
    """Reads the dose fields present in a table; shared by exercises and routine items."""
    values: dict[str, Any] = {
        "sets": reader.integer(table, "sets", path, *SETS),
        "reps": reader.integer(table, "reps", path, *REPS),
        "hold_s": reader.seconds(table, "hold_s", path, *HOLD_SECONDS),
        "rest_s": reader.seconds(table, "rest_s", path, *REST_SECONDS),
        "duration_s": reader.seconds(table, "duration_s", path, *ACTIVITY_SECONDS),
    }
    if "sides" in table:
        values["sides"] = reader.choice(table, "sides", path, Sides, default=Sides.NONE)
    return {key: value for key, value in values.items() if value is not None}


def placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def parse_exercise(raw: RawFile) -> Exercise | list[Problem]:
    reader = FieldReader(raw.name, raw.locator)
    data = raw.data
    reader.unknown_keys(data, EXERCISE_FIELDS, ())

    exercise_id = reader.identifier(data, "id", ())
    name = reader.text(data, "name", (), limit=80)
    aliases = reader.texts(data, "aliases", (), limit=80)
    category = reader.choice(data, "category", (), Category)
    position = reader.choice(data, "position", (), Position)
    equipment = reader.choices(data, "equipment", (), Equipment)
    areas = reader.texts(data, "areas", (), limit=60)
    purpose = reader.text(data, "purpose", ())
    setup = reader.texts(data, "setup", (), required=True)
    cautions = reader.texts(data, "cautions", ())
    conditions = reader.choices(data, "conditions", (), Condition)
    tips = reader.texts(data, "tips", ())

    dose_table = reader.table(data, "dose", ())
    if dose_table is None and "dose" not in data:
        reader.problem(("dose",), "missing required field")
    dose_table = dose_table or {}
    reader.unknown_keys(dose_table, DOSE_FIELDS, ("dose",))
    dose = Dose(**read_dose(reader, dose_table, ("dose",)))

    phases = tuple(_read_phases(reader, data))
    variants = tuple(_read_variants(reader, data))
    sources = tuple(_read_sources(reader, data))

    _check_consistency(reader, dose, phases, dose_table, phases_given=data.get("phases", []) != [])
    for index, phase in enumerate(phases):
        _check_phase_text(reader, phase, ("phases", index), dose.sides)
    for key, texts in (("setup", setup), ("cautions", cautions), ("tips", tips)):
        for index, text in enumerate(texts):
            if forbids_breath_hold(text):
                reader.problem((key, index), "must not tell the user to hold their breath")
    for key, text in (("name", name), ("purpose", purpose)):
        if forbids_breath_hold(text):
            reader.problem((key,), "must not tell the user to hold their breath")
    for index, variant in enumerate(variants):
        if forbids_breath_hold(variant.how):
            reader.problem(
                ("variants", index, "how"), "must not tell the user to hold their breath"
            )

    if reader.problems or category is None or position is None:
        return sorted(reader.problems)
    return Exercise(
        id=exercise_id,
        name=name,
        category=category,
        position=position,
        purpose=purpose,
        setup=setup,
        phases=phases,
        dose=dose,
        sources=sources,
        aliases=aliases,
        equipment=equipment,
        areas=areas,
        cautions=cautions,
        conditions=frozenset(conditions),
        variants=variants,
        tips=tips,
    )


def _read_phases(reader: FieldReader, data: dict[str, Any]) -> list[Phase]:
    phases = []
    for index, table in enumerate(reader.tables(data, "phases", ())):
        path = ("phases", index)
        reader.unknown_keys(table, PHASE_FIELDS, path)
        action = reader.text(table, "action", path, limit=120)
        breath = reader.choice(table, "breath", path, Breath)
        hold = reader.flag(table, "hold", path)
        seconds = reader.seconds(table, "seconds", path, *PHASE_SECONDS)
        detail = reader.text(table, "detail", path, required=False)
        if hold and "seconds" in table:
            reader.problem((*path, "seconds"), "a hold phase takes its length from dose.hold_s")
        elif not hold and "seconds" not in table:
            reader.problem((*path, "seconds"), "missing required field (or set hold = true)")
        if hold and breath not in (None, Breath.NATURAL):
            reader.problem((*path, "breath"), 'a hold must use breath = "natural": keep breathing')
        phases.append(Phase(action, breath or Breath.NATURAL, seconds, hold, detail))
    return phases


def _read_variants(reader: FieldReader, data: dict[str, Any]) -> list[Variant]:
    variants = []
    for index, table in enumerate(reader.tables(data, "variants", ())):
        path = ("variants", index)
        reader.unknown_keys(table, VARIANT_FIELDS, path)
        level = reader.text(table, "level", path)
        if level and level not in VARIANT_LEVELS:
            reader.problem((*path, "level"), f"must be easier or harder, not {level!r}")
        variants.append(
            Variant(
                level, reader.text(table, "name", path, limit=80), reader.text(table, "how", path)
            )
        )
    return variants


def _read_sources(reader: FieldReader, data: dict[str, Any]) -> list[SourceDose]:
    sources = []
    for index, table in enumerate(reader.tables(data, "sources", ())):
        path = ("sources", index)
        reader.unknown_keys(table, SOURCE_FIELDS, path)
        sources.append(
            SourceDose(reader.text(table, "file", path), reader.text(table, "dose", path))
        )
    return sources


def _check_consistency(
    reader: FieldReader,
    dose: Dose,
    phases: tuple[Phase, ...],
    dose_table: dict[str, Any],
    *,
    phases_given: bool,
) -> None:
    has_hold = any(phase.hold for phase in phases)
    if dose.is_timed_activity:
        if phases:
            reader.problem(("phases",), "a timed activity (dose.duration_s) has no phases")
        for key in ("reps", "hold_s", "sides"):
            if key in dose_table:
                reader.problem(
                    ("dose", key), "does not apply to a timed activity (dose.duration_s)"
                )
        return
    if not phases and not phases_given:
        reader.problem(
            ("phases",), "missing: give [[phases]], or dose.duration_s for a timed activity"
        )
    if has_hold and dose.hold_s is None and "hold_s" not in dose_table:
        reader.problem(("dose", "hold_s"), "missing: a phase has hold = true")
    if not has_hold and "hold_s" in dose_table:
        reader.problem(("dose", "hold_s"), "given, but no phase has hold = true")
    if sum(1 for phase in phases if phase.hold) > 1:
        reader.problem(("phases",), "only one phase may be the hold")


def _check_phase_text(
    reader: FieldReader, phase: Phase, path: tuple[str | int, ...], sides: Sides
) -> None:
    for key, text in (("action", phase.action), ("detail", phase.detail)):
        names = placeholders(text)
        unknown = names - SIDE_PLACEHOLDERS
        if unknown:
            reader.problem(
                (*path, key),
                f"unknown placeholder {sorted(unknown)[0]!r}; use {{side}} or {{other}}",
            )
        elif names and sides is Sides.NONE:
            reader.problem((*path, key), "uses {side}/{other} but dose.sides is none")
        if forbids_breath_hold(text):
            reader.problem((*path, key), "must not tell the user to hold their breath")
