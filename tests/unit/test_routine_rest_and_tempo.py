"""Rest items and the tempo override: read with line numbers, written, planned."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from backcoach.content.crosscheck import check_routine
from backcoach.content.library import Library, built_in_folder, load_library, user_folder
from backcoach.content.raw import RawFile, parse_bytes
from backcoach.content.routine_file import parse_routine
from backcoach.content.routine_writer import routine_to_toml, write_routine
from backcoach.model import DoseOverride, RestItem, Routine, RoutineItem, split_entries
from backcoach.session.cues import build_cues
from backcoach.session.plan import StepKind, plan_routine

HEAD = 'id = "plan"\ntitle = "Plan"\ndescription = "Mine."\nrest_between_s = 20\n'


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


def parse(text: str) -> Routine | list[str]:
    raw = parse_bytes("plan.toml", text.encode())
    assert isinstance(raw, RawFile)
    result = parse_routine(raw)
    return [str(p) for p in result] if isinstance(result, list) else result


def test_a_rest_item_is_read_between_exercises_and_kept_apart_from_the_items() -> None:
    routine = parse(
        HEAD
        + '[[items]]\nexercise = "bridge"\n\n[[items]]\nrest = 90\n\n'
        + '[[items]]\nexercise = "pelvic-tilt"\n'
    )
    assert isinstance(routine, Routine)
    assert routine.exercise_ids == ("bridge", "pelvic-tilt")
    assert routine.rests == (RestItem(90.0, before=1),)
    assert routine.entries == (RoutineItem("bridge"), RestItem(90.0, 1), RoutineItem("pelvic-tilt"))
    assert routine.rest_before(1) == 90.0
    assert routine.rest_before(0) is None


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            '[[items]]\nrest = 3\n\n[[items]]\nexercise = "bridge"\n',
            "plan.toml:6: items[1].rest: must be from 5",
        ),
        ('[[items]]\nexercise = "bridge"\n\n[[items]]\nrest = 60\n', "items[2].rest: a rest must"),
        ('[[items]]\nexercise = "bridge"\n\n[[items]]\nrest = 601\n', "from 5 to 600 seconds"),
        ('[[items]]\nexercise = "bridge"\ntempo = 2.5\n', "plan.toml:7: items[1].tempo: must be"),
        ('[[items]]\nexercise = "bridge"\ntempo = "slow"\n', "items[1].tempo: must be a number"),
        ("[[items]]\nrest = 30\nsets = 2\n", "items[1].sets: unknown field"),
    ],
)
def test_bad_rests_and_tempos_are_refused_with_their_line(items: str, expected: str) -> None:
    problems = parse(HEAD + items)
    assert isinstance(problems, list)
    assert any(expected in problem for problem in problems), problems


def test_tempo_is_refused_for_a_timed_activity_at_the_items_line(library: Library) -> None:
    text = (
        HEAD + '[[items]]\nexercise = "bridge"\n\n[[items]]\nrest = 30\n\n'
        '[[items]]\nexercise = "walking"\ntempo = 1.5\n'
    )
    raw = parse_bytes("plan.toml", text.encode())
    assert isinstance(raw, RawFile)
    routine = parse_routine(raw)
    assert isinstance(routine, Routine)
    problems = check_routine(raw, routine, library.exercises)
    # The third [[items]] (counting the rest), on the tempo's own line.
    assert [str(p) for p in problems] == [
        "plan.toml:13: items[3].tempo: 'walking' is a timed activity; use duration_s"
    ]


def test_rests_and_tempo_round_trip_through_the_writer(library: Library, tmp_path: Path) -> None:
    routine = Routine(
        "plan",
        "Plan",
        "Mine.",
        (),
        rest_between_s=20.0,
        origin="",
    ).with_entries(
        [
            RoutineItem("bridge", DoseOverride(reps=8, tempo=1.5)),
            RestItem(45.0),
            RestItem(15.0),
            RoutineItem("pelvic-tilt", DoseOverride(tempo=0.75)),
        ]
    )
    text = routine_to_toml(routine)
    assert "rest = 45\n" in text
    assert "tempo = 1.5\n" in text
    path = write_routine(routine, tmp_path, exercises=library.exercises)
    # The real loader, with the user's folder after the built-ins.
    loaded = load_library([built_in_folder(), user_folder(tmp_path / "none", tmp_path)])
    assert not loaded.problems, loaded.problems
    assert loaded.routines["plan"] == replace(routine, origin=str(path))


def test_split_entries_places_each_rest_before_the_next_exercise() -> None:
    items, rests = split_entries(
        [RoutineItem("a"), RestItem(10.0), RoutineItem("b"), RestItem(20.0), RoutineItem("c")]
    )
    assert [i.exercise_id for i in items] == ["a", "b", "c"]
    assert rests == (RestItem(10.0, 1), RestItem(20.0, 2))


def test_a_rest_item_is_planned_as_the_rest_before_its_exercise(library: Library) -> None:
    base = Routine("plan", "Plan", "Mine.", (RoutineItem("bridge"), RoutineItem("pelvic-tilt")))
    base = replace(base, rest_between_s=10.0)
    with_rest = base.with_entries(
        [RoutineItem("bridge"), RestItem(90.0), RoutineItem("pelvic-tilt")]
    )
    plain = plan_routine(base, library.exercises)
    rested = plan_routine(with_rest, library.exercises)
    transitions = [s for s in rested.steps if s.kind is StepKind.TRANSITION]
    assert [(s.duration, s.item) for s in transitions] == [(90.0, 1)]
    assert rested.total_s == pytest.approx(plain.total_s + 90.0 - 10.0)
    # Said like any rest between exercises, with its length.
    said = [c.text for c in build_cues(rested) if c.step == transitions[0].index]
    assert said[0] == "Well done. Rest for a minute and a half.", said


def test_tempo_stretches_the_moves_but_not_the_holds(library: Library) -> None:
    base = Routine("plan", "Plan", "Mine.", (RoutineItem("bridge", DoseOverride(reps=3)),))
    slow = replace(base, items=(RoutineItem("bridge", DoseOverride(reps=3, tempo=2.0)),))
    plain = plan_routine(base, library.exercises)
    slowed = plan_routine(slow, library.exercises)
    counted = [s for s in plain.steps if s.kind in (StepKind.MOVE, StepKind.HOLD) and not s.guided]
    counted_slow = [
        s for s in slowed.steps if s.kind in (StepKind.MOVE, StepKind.HOLD) and not s.guided
    ]
    assert counted and len(counted) == len(counted_slow)
    for before, after in zip(counted, counted_slow, strict=True):
        factor = 2.0 if before.kind is StepKind.MOVE else 1.0
        assert after.duration == pytest.approx(before.duration * factor)
    assert slowed.total_s > plain.total_s
