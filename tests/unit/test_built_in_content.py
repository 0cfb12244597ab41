"""The shipped library: complete, valid, traceable to its sources, and clinically sane."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcoach.content.exercise_file import forbids_breath_hold
from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.model import Breath, Category, Condition, Exercise
from backcoach.session.plan import plan_routine

SEEDS = {
    "000_080fa8705ae22a61.txt",
    "001_62fe7cfdb361b257.txt",
    "002_b481cf716ccd8413.txt",
    "003_b1848e40be66f101.txt",
    "004_d08cac96adc0c623.txt",
}

# The inventory of ../shared/CONTENT.md: id -> the seed files that describe it.
INVENTORY = {
    "bridge": "000 001 002 003 004",
    "side-lying-leg-lift": "000 002",
    "cat-cow": "000 001 002 003 004",
    "prone-back-extension": "000 001",
    "prone-arm-leg-lift": "003",
    "curl-up": "000",
    "knee-to-chest": "001 002 003 004",
    "lower-back-rotation": "002 004",
    "pelvic-tilt": "001 003 004",
    "childs-pose": "001 003",
    "piriformis-stretch": "001 003",
    "seated-spinal-twist": "003",
    "hamstring-stretch": "001",
    "hip-flexor-stretch": "001",
    "quadriceps-stretch": "001",
    "bird-dog": "001",
    "plank": "001",
    "wall-sit": "001 003",
    "walking": "001 003",
    "water-exercise": "001 003",
    "cycling": "001 003",
}


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


def every_text(exercise: Exercise) -> list[str]:
    texts = [exercise.name, exercise.purpose, *exercise.setup, *exercise.cautions, *exercise.tips]
    for phase in exercise.phases:
        texts += [phase.action, phase.detail]
    return texts


def test_built_in_content_has_no_problems(library: Library) -> None:
    assert [str(p) for p in library.problems] == []


def test_every_inventory_exercise_is_there_with_its_sources(library: Library) -> None:
    assert set(library.exercises) == set(INVENTORY)
    for exercise_id, prefixes in INVENTORY.items():
        cited = {name[:3] for name in library.exercises[exercise_id].source_files}
        assert cited == set(prefixes.split()), exercise_id


def test_sources_are_real_seed_files(library: Library) -> None:
    for exercise in library.exercises.values():
        assert set(exercise.source_files) <= SEEDS, exercise.id
    for routine in library.routines.values():
        assert set(routine.sources) <= SEEDS, routine.id


def test_seed_files_named_exist_next_to_the_project() -> None:
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    assert {path.name for path in seeds.iterdir()} == SEEDS


def test_no_built_in_text_asks_to_hold_the_breath(library: Library) -> None:
    for exercise in library.exercises.values():
        for text in every_text(exercise):
            assert not forbids_breath_hold(text), (exercise.id, text)


def test_effort_phases_breathe_out_and_holds_keep_breathing(library: Library) -> None:
    for exercise in library.exercises.values():
        for phase in exercise.phases:
            if phase.hold:
                assert phase.breath is Breath.NATURAL, exercise.id


def test_stretch_holds_follow_the_guidance(library: Library) -> None:
    for exercise in library.exercises.values():
        if exercise.category is Category.STRETCH and exercise.dose.hold_s is not None:
            assert 10 <= exercise.dose.hold_s <= 60, exercise.id


def test_core_holds_are_short(library: Library) -> None:
    for exercise_id in ("curl-up", "bird-dog", "plank"):
        hold = library.exercises[exercise_id].dose.hold_s
        assert hold is not None and hold <= 10, exercise_id


def test_superman_is_marked_as_loaded_extension_with_a_caution(library: Library) -> None:
    superman = library.exercises["prone-back-extension"]
    assert Condition.LOADED_EXTENSION in superman.conditions
    assert superman.cautions


@pytest.mark.parametrize(
    "exercise_id", ["knee-to-chest", "childs-pose", "lower-back-rotation", "seated-spinal-twist"]
)
def test_end_range_flexion_and_twists_carry_the_bone_health_caution(
    library: Library, exercise_id: str
) -> None:
    exercise = library.exercises[exercise_id]
    assert exercise.conditions & {Condition.END_RANGE_FLEXION, Condition.ROTATION}
    assert any("osteoporosis" in caution.casefold() for caution in exercise.cautions), exercise_id


def test_timed_activities(library: Library) -> None:
    for exercise_id in ("walking", "water-exercise", "cycling"):
        exercise = library.exercises[exercise_id]
        assert exercise.category is Category.CARDIO
        assert exercise.dose.is_timed_activity
        assert exercise.phases == ()


def test_one_routine_per_source_article_and_at_least_three_own(library: Library) -> None:
    single_source = [
        r for r in library.routines.values() if len(r.sources) == 1 and r.id not in OWN
    ]
    assert {r.sources[0] for r in single_source} == SEEDS
    assert set(library.routines) >= OWN


OWN = {"gentle-start", "core-and-glutes", "desk-break"}


def test_own_routines_combine_strength_and_mobility(library: Library) -> None:
    for routine_id in OWN:
        routine = library.routines[routine_id]
        categories = {library.exercises[i].category for i in routine.exercise_ids}
        assert Category.STRENGTH in categories, routine_id
        assert categories & {Category.STRETCH, Category.MOBILITY}, routine_id
        assert 2 <= len(routine.items) <= 6, routine_id


def test_routines_plan_to_sensible_lengths(library: Library) -> None:
    for routine in library.routines.values():
        total = plan_routine(routine, library.exercises).total_s
        assert 60 <= total <= 2 * 3600, (routine.id, total)


def test_education_covers_the_sources_advice(library: Library) -> None:
    ids = {topic.id for topic in library.topics}
    assert {"about-this-app", "red-flags", "posture", "lifting", "workspace", "sleep"} <= ids
    assert library.topics[0].id == "about-this-app"
