"""The editor's Qt-free half: field values checked with a reason, edits, length, names."""

from __future__ import annotations

import pytest

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.content.routine_draft import (
    Refusal,
    RoutineDraft,
    check_override,
    check_text,
    copy_id,
    duplicate_draft,
    id_from_title,
    read_number,
    save_problems,
    total_seconds,
)
from backcoach.model import RestItem, RoutineItem, Sides
from backcoach.session.plan import plan_routine


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


@pytest.mark.parametrize(
    ("name", "text", "value", "refusal"),
    [
        ("sets", "3", 3, None),
        ("sets", "", None, None),
        ("sets", "2.5", None, Refusal.NOT_WHOLE),
        ("sets", "11", None, Refusal.OUT_OF_RANGE),
        ("reps", "ten", None, Refusal.NOT_A_NUMBER),
        ("hold_s", "7,5", 7.5, None),
        ("tempo", "1.5", 1.5, None),
        ("tempo", "3", None, Refusal.OUT_OF_RANGE),
        ("rest", "4", None, Refusal.OUT_OF_RANGE),
        ("rest_s", "nan", None, Refusal.OUT_OF_RANGE),
    ],
)
def test_numbers_are_read_or_refused_with_a_reason(
    name: str, text: str, value: object, refusal: Refusal | None
) -> None:
    checked = read_number(name, text)
    assert (checked.value, checked.refusal) == (value, refusal)


def test_overrides_must_fit_the_exercise(library: Library) -> None:
    walking, bridge = library.exercises["walking"], library.exercises["bridge"]
    assert check_override("reps", "5", walking).refusal is Refusal.TIMED_ACTIVITY
    assert check_override("tempo", "1.2", walking).refusal is Refusal.TIMED_ACTIVITY
    assert check_override("duration_s", "600", bridge).refusal is Refusal.NOT_TIMED
    assert check_override("duration_s", "600", walking).value == 600.0
    no_hold = next(e for e in library.exercises.values() if not any(p.hold for p in e.phases))
    assert check_override("hold_s", "5", no_hold).refusal is Refusal.NO_HOLD
    assert check_text("  ", 80, required=True).refusal is Refusal.EMPTY
    assert check_text("x" * 81, 80, required=True).refusal is Refusal.TOO_LONG


def test_edits_make_new_drafts_and_move_puts_rows_before_the_target() -> None:
    draft = RoutineDraft("", "Mine", "For me.")
    draft = draft.insert(0, RoutineItem("a"), RoutineItem("b"), RoutineItem("c"))
    draft = draft.insert(1, RestItem(60.0))
    assert [getattr(e, "exercise_id", "rest") for e in draft.entries] == ["a", "rest", "b", "c"]
    moved = draft.move([0], 3)  # "a" dropped before "c"
    assert [getattr(e, "exercise_id", "rest") for e in moved.entries] == ["rest", "b", "a", "c"]
    assert moved.misplaced_rests() == [0]
    assert draft.move([3], 0).entries[0] == RoutineItem("c")
    assert draft.remove(1).entries == (RoutineItem("a"), RoutineItem("b"), RoutineItem("c"))
    changed = draft.with_override(0, "sides", Sides.EACH)
    assert changed.entries[0] == RoutineItem("a", changed.entries[0].override)  # type: ignore[union-attr]
    assert draft.entries[0] == RoutineItem("a")  # the old draft is untouched (undo keeps it)


def test_the_length_is_the_plans_and_save_problems_are_the_loaders(library: Library) -> None:
    draft = RoutineDraft("", "Mine", "For me.").insert(
        0, RoutineItem("bridge"), RestItem(45.0), RoutineItem("pelvic-tilt")
    )
    expected = plan_routine(draft.to_routine("mine"), library.exercises).total_s
    assert total_seconds(draft, library.exercises) == expected
    assert save_problems(draft, "mine", library.exercises) == []
    bad = draft.insert(0, RestItem(30.0))
    assert any("between two exercises" in p for p in save_problems(bad, "mine", library.exercises))


def test_names_of_new_routines_and_copies_are_free_ids() -> None:
    taken = {"my-physio-plan", "gentle-start-mine"}
    assert id_from_title("My physio plan!", taken.__contains__) == "my-physio-plan-2"
    assert id_from_title("¡¡", taken.__contains__) == "my-routine"
    assert copy_id("gentle-start", taken.__contains__) == "gentle-start-mine-2"
    assert len(copy_id("x" * 64, taken.__contains__)) <= 64


def test_a_duplicate_gets_its_own_id_and_no_file(library: Library) -> None:
    built_in = library.routines["gentle-start"]
    copy = duplicate_draft(built_in, "gentle-start-mine", "Gentle start (mine)")
    assert (copy.id, copy.origin) == ("gentle-start-mine", "")
    assert copy.entries == built_in.entries
