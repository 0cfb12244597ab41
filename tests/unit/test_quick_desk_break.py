"""The tray's quick desk break: two to three minutes, all of it standing, doses as sourced."""

from __future__ import annotations

from pathlib import Path

from backcoach.content.library import built_in_folder, load_content, load_library
from backcoach.model import Category, Position
from backcoach.session.plan import plan_routine
from backcoach.store.paths import resolve_paths

QUICK = "quick-desk-break"


def test_two_to_three_minutes_on_your_feet() -> None:
    library = load_library([built_in_folder()])
    routine = library.routines[QUICK]
    total = plan_routine(routine, library.exercises).total_s
    assert 120 <= total <= 180, total
    exercises = [library.exercises[i] for i in routine.exercise_ids]
    assert all(exercise.position is Position.STANDING for exercise in exercises)
    assert not any(exercise.dose.is_timed_activity for exercise in exercises)
    # a strength move and a stretch, each within the facts of ../shared/CONTENT.md
    assert {e.category for e in exercises} == {Category.STRENGTH, Category.STRETCH}
    for item in routine.items:
        dose = item.override.apply(library.exercises[item.exercise_id].dose)
        assert dose.hold_s is not None and 10 <= dose.hold_s <= 30, item.exercise_id
    assert routine.sources


def test_it_has_german_text(tmp_path: Path) -> None:
    english = load_library([built_in_folder()]).routines[QUICK]
    german_library = load_content(resolve_paths(tmp_path, {}), "de")
    assert not german_library.problems
    german = german_library.routines[QUICK]
    assert german.title != english.title
    assert [i.note for i in german.items] != [i.note for i in english.items]
    assert all(i.note for i in german.items)
