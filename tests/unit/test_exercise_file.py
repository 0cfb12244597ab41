"""Parsing and validating exercise files: every kind of bad input gets FILE:LINE: message."""

from __future__ import annotations

import pytest
from support.samples import GOOD_EXERCISE

from backcoach.content.exercise_file import forbids_breath_hold, parse_exercise
from backcoach.content.problems import Problem
from backcoach.content.raw import MAX_FILE_BYTES, RawFile, parse_bytes
from backcoach.model import Breath, Category, Exercise, Position, Sides


def parse(text: str) -> Exercise | list[Problem]:
    raw = parse_bytes("x.toml", text.encode())
    assert isinstance(raw, RawFile), raw
    return parse_exercise(raw)


def problems_of(text: str) -> list[str]:
    result = parse(text)
    assert isinstance(result, list), "expected problems, got a valid exercise"
    return [str(problem) for problem in result]


def test_good_exercise_parses_completely() -> None:
    exercise = parse(GOOD_EXERCISE)
    assert isinstance(exercise, Exercise)
    assert exercise.category is Category.STRENGTH
    assert exercise.position is Position.SUPINE
    assert [p.breath for p in exercise.phases] == [Breath.OUT, Breath.NATURAL, Breath.IN]
    assert exercise.dose.hold_s == 4.0
    assert exercise.rep_seconds() == 8.0
    assert exercise.source_files == ("000_080fa8705ae22a61.txt",)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('category = "strength"', 'category = "yoga"'),
            "x.toml:3: category: must be one of stretch, strength, mobility, cardio, relaxation, not 'yoga'",
        ),
        (('name = "Test lift"', 'name = ""'), "x.toml:2: name: must not be empty"),
        (('name = "Test lift"', "name = 7"), "x.toml:2: name: must be text, not 7"),
        (("sets = 2", "sets = 0"), "x.toml:9: dose.sets: must be from 1 to 10, not 0"),
        (("reps = 3", "reps = 500"), "x.toml:10: dose.reps: must be from 1 to 50, not 500"),
        (("reps = 3", "reps = 2.5"), "x.toml:10: dose.reps: must be a whole number, not 2.5"),
        (
            ("hold_s = 4", "hold_s = -4"),
            "x.toml:11: dose.hold_s: must be from 1 to 600 seconds, not -4",
        ),
        (
            ("rest_s = 10", "rest_s = 6000"),
            "x.toml:12: dose.rest_s: must be from 0 to 600 seconds, not 6000",
        ),
        (
            ("rest_s = 10", "rest_s = true"),
            "x.toml:12: dose.rest_s: must be a number of seconds, not true",
        ),
        (
            (
                'seconds = 2\n\n[[phases]]\naction = "Hold"',
                'seconds = 0\n\n[[phases]]\naction = "Hold"',
            ),
            "x.toml:17: phases[1].seconds: must be from 0.5 to 120 seconds, not 0",
        ),
        (
            ('breath = "out"', 'breath = "sideways"'),
            "x.toml:16: phases[1].breath: must be one of in, out, natural, not 'sideways'",
        ),
        (
            ('id = "test-lift"', 'id = "Test Lift!"'),
            "x.toml:1: id: 'Test Lift!' is not a valid id (lower-case letters, digits and '-', "
            "starting with a letter or digit, at most 64 characters)",
        ),
        (
            ('purpose = "A test exercise."', 'purpose = "A test exercise."\ncolour = "red"'),
            "x.toml:6: colour: unknown field (known fields: aliases, areas, category, cautions, "
            "conditions, dose, equipment, id, name, phases, position, purpose, setup, sources, tips, variants)",
        ),
        (('setup = ["Lie on your back."]', "setup = []"), "x.toml:6: setup: must not be empty"),
        (
            ('setup = ["Lie on your back."]', 'setup = ["  "]'),
            "x.toml:6: setup[1]: must not be empty",
        ),
    ],
)
def test_bad_field_is_named_with_its_line(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in GOOD_EXERCISE
    assert expected in problems_of(GOOD_EXERCISE.replace(old, new, 1))


def test_missing_required_fields_are_each_reported() -> None:
    found = problems_of('id = "bare"\n')
    for field in ("name", "category", "position", "purpose", "setup", "dose"):
        assert any(f": {field}: missing required field" in p for p in found), field


def test_every_problem_in_a_file_is_reported_not_just_the_first() -> None:
    text = GOOD_EXERCISE.replace("sets = 2", "sets = 99").replace("reps = 3", "reps = -1")
    found = problems_of(text)
    assert any("dose.sets" in p for p in found)
    assert any("dose.reps" in p for p in found)


def test_hold_phase_needs_hold_s_and_hold_s_needs_a_hold_phase() -> None:
    assert any(
        "dose.hold_s: missing" in p for p in problems_of(GOOD_EXERCISE.replace("hold_s = 4\n", ""))
    )
    no_hold = GOOD_EXERCISE.replace("hold = true", "seconds = 1")
    assert any("no phase has hold = true" in p for p in problems_of(no_hold))


def test_hold_phase_must_keep_breathing() -> None:
    text = GOOD_EXERCISE.replace(
        'action = "Hold"\nbreath = "natural"', 'action = "Hold"\nbreath = "in"'
    )
    assert any('a hold must use breath = "natural"' in p for p in problems_of(text))


@pytest.mark.parametrize(
    "sentence",
    ["Hold your breath at the top", "hold the breath for three", "Now HOLD YOUR BREATH."],
)
def test_no_text_may_ask_to_hold_the_breath(sentence: str) -> None:
    assert forbids_breath_hold(sentence)
    text = GOOD_EXERCISE.replace('action = "Lift"', f'action = "{sentence}"')
    assert any("must not tell the user to hold their breath" in p for p in problems_of(text))


@pytest.mark.parametrize("field", ["purpose", "name"])
def test_breath_hold_is_refused_in_every_text(field: str) -> None:
    old = {"purpose": 'purpose = "A test exercise."', "name": 'name = "Test lift"'}[field]
    text = GOOD_EXERCISE.replace(old, f'{field} = "Then hold your breath"')
    assert any(
        f"{field}: must not tell the user to hold their breath" in p for p in problems_of(text)
    )


@pytest.mark.parametrize(
    "sentence", ["Never hold your breath", "Do not hold your breath", "Breathe out"]
)
def test_advice_against_breath_holding_is_allowed(sentence: str) -> None:
    assert not forbids_breath_hold(sentence)


def test_side_placeholders_need_sides() -> None:
    text = GOOD_EXERCISE.replace('action = "Lift"', 'action = "Lift your {side} leg"')
    assert any("uses {side}/{other} but dose.sides is none" in p for p in problems_of(text))
    with_sides = text.replace("rest_s = 10", 'rest_s = 10\nsides = "each"')
    exercise = parse(with_sides)
    assert isinstance(exercise, Exercise)
    assert exercise.dose.sides is Sides.EACH


def test_unknown_placeholder_is_refused() -> None:
    text = GOOD_EXERCISE.replace('action = "Lift"', 'action = "Lift your {leg}"')
    assert any("unknown placeholder 'leg'" in p for p in problems_of(text))


def test_timed_activity_has_no_phases_or_reps() -> None:
    activity = (
        'id = "walk"\nname = "Walk"\ncategory = "cardio"\nposition = "standing"\n'
        'purpose = "Walk."\nsetup = ["Put on shoes."]\n\n[dose]\nduration_s = 600\n'
    )
    exercise = parse(activity)
    assert isinstance(exercise, Exercise)
    assert exercise.dose.is_timed_activity
    found = problems_of(activity.replace("duration_s = 600", "duration_s = 600\nreps = 3"))
    assert "x.toml:10: dose.reps: does not apply to a timed activity (dose.duration_s)" in found
    assert any(
        "dose.duration_s: must be from 60" in p for p in problems_of(activity.replace("600", "5"))
    )


def test_exercise_without_phases_or_duration_is_refused() -> None:
    start = GOOD_EXERCISE.index("[[phases]]")
    end = GOOD_EXERCISE.index("[[sources]]")
    text = (GOOD_EXERCISE[:start] + GOOD_EXERCISE[end:]).replace("hold_s = 4\n", "")
    assert any("phases: missing" in p for p in problems_of(text))


def test_wrong_shape_of_tables() -> None:
    assert any(
        "dose: must be a table" in p
        for p in problems_of(GOOD_EXERCISE.replace("[dose]", "dose = 3\n[other]"))
    )
    text = GOOD_EXERCISE.replace(
        'setup = ["Lie on your back."]', 'setup = ["Lie on your back."]\nphases = 3'
    )
    assert any(
        "phases: must be a list of tables" in p
        for p in problems_of(text.replace("[[phases]]", "[[extra]]"))
    )


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "x.toml:1: file is empty"),
        (b"   \n\n", "x.toml:1: file is empty"),
        (b"\x89PNG\r\n\x1a\n\0\0\0", "x.toml:1: not a text file (it contains NUL bytes)"),
        (b'id = "a"\nname = "\xff\xfe"\n', "x.toml:2: not UTF-8 text"),
        (
            b"x" * (MAX_FILE_BYTES + 1),
            f"x.toml:1: file is {MAX_FILE_BYTES + 1} bytes; the limit is {MAX_FILE_BYTES}",
        ),
    ],
)
def test_files_that_are_not_small_text_are_refused(payload: bytes, message: str) -> None:
    result = parse_bytes("x.toml", payload)
    assert isinstance(result, Problem)
    assert str(result) == message


def test_syntax_error_names_its_line() -> None:
    result = parse_bytes("x.toml", b'id = "a"\nname = "b"\nsets = = 3\n')
    assert isinstance(result, Problem)
    assert result.line == 3
    assert str(result).startswith("x.toml:3: TOML syntax error: ")


def test_byte_order_mark_is_accepted() -> None:
    assert isinstance(parse_bytes("x.toml", "\ufeff".encode() + GOOD_EXERCISE.encode()), RawFile)
