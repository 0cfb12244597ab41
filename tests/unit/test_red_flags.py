"""Red flags, the rule that gates sessions, and the cautions a user's conditions bring forward."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from backcoach.coach.cautions import (
    ForwardCaution,
    caution_items_html,
    caution_lines,
    cautions_first,
)
from backcoach.coach.red_flags import (
    ADVICE,
    CAUTION_RULES,
    RED_FLAGS,
    FlagLevel,
    Gate,
    HealthCondition,
    advice_for,
    caution_tags,
    level_of,
    present_flags,
    profile_conditions,
    red_flag,
    session_gate,
    sessions_allowed,
)
from backcoach.content.library import built_in_folder, load_library
from backcoach.model import Condition, Exercise, Position
from backcoach.store.history import HistoryStore, SafetyProfile

NOW = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
EMERGENCY_IDS = {"bladder-bowel", "saddle-numbness", "both-legs", "chest-pain", "serious-fall"}
SOON_IDS = {"unsteady-walking", "fever", "weight-loss", "cancer", "night-pain"}


def profile(**changes: object) -> SafetyProfile:
    base = SafetyProfile(
        disclaimer_acknowledged_at=NOW, red_flags={flag.id: False for flag in RED_FLAGS}
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def with_flags(*yes: str, checked: datetime | None = None) -> SafetyProfile:
    return profile(
        red_flags={flag.id: flag.id in yes for flag in RED_FLAGS}, clinician_checked_at=checked
    )


# -- the flags as data -------------------------------------------------------------------


def test_the_levels_are_those_of_content_md() -> None:
    by_level = {level: {f.id for f in RED_FLAGS if f.level is level} for level in FlagLevel}
    assert by_level[FlagLevel.EMERGENCY] == EMERGENCY_IDS
    assert by_level[FlagLevel.SEE_DOCTOR_SOON] == SOON_IDS


def test_every_flag_has_a_short_question_and_a_unique_stable_id() -> None:
    ids = [flag.id for flag in RED_FLAGS]
    assert len(ids) == len(set(ids))
    for flag in RED_FLAGS:
        assert flag.id == flag.id.lower() and " " not in flag.id
        assert flag.question.endswith("?"), flag
        assert len(flag.question.split()) <= 16, flag  # short enough to read at a glance
        assert red_flag(flag.id) is flag


def test_emergency_questions_are_asked_first() -> None:
    levels = [flag.level for flag in RED_FLAGS]
    assert levels == sorted(levels, key=lambda level: level is not FlagLevel.EMERGENCY)


def test_each_level_says_what_to_do_now() -> None:
    assert {advice.level for advice in ADVICE} == set(FlagLevel)
    emergency = " ".join(advice_for(FlagLevel.EMERGENCY).steps)
    assert "emergency" in emergency and "A&E" in emergency
    assert "Do not do any exercises" in emergency
    soon = " ".join(advice_for(FlagLevel.SEE_DOCTOR_SOON).steps)
    assert "See a doctor in the next few days" in soon
    assert advice_for(FlagLevel.SEE_DOCTOR_SOON).why  # the user is told why


def test_no_text_tells_the_user_to_hold_their_breath() -> None:
    texts = [flag.question for flag in RED_FLAGS]
    texts += [line for advice in ADVICE for line in (advice.heading, advice.why, *advice.steps)]
    assert not [text for text in texts if "hold your breath" in text.lower()]


# -- the gate ----------------------------------------------------------------------------


def test_no_check_yet_means_no_session() -> None:
    assert session_gate(None) is Gate.FIRST_RUN_NEEDED
    assert session_gate(profile(disclaimer_acknowledged_at=None)) is Gate.FIRST_RUN_NEEDED
    assert not sessions_allowed(None)


def test_no_flag_allows_sessions() -> None:
    assert session_gate(with_flags()) is Gate.ALLOWED
    assert sessions_allowed(with_flags())
    assert session_gate(profile(red_flags={})) is Gate.ALLOWED  # no answers: unanswered = no


@pytest.mark.parametrize("flag_id", sorted(EMERGENCY_IDS))
def test_an_emergency_answer_blocks_even_with_a_clinician_check(flag_id: str) -> None:
    assert session_gate(with_flags(flag_id)) is Gate.EMERGENCY
    assert session_gate(with_flags(flag_id, checked=NOW)) is Gate.EMERGENCY
    assert session_gate(with_flags(flag_id, "cancer", checked=NOW)) is Gate.EMERGENCY


@pytest.mark.parametrize("flag_id", sorted(SOON_IDS))
def test_a_see_doctor_answer_needs_the_clinician_check(flag_id: str) -> None:
    assert session_gate(with_flags(flag_id)) is Gate.SEE_DOCTOR_FIRST
    assert session_gate(with_flags(flag_id, checked=NOW)) is Gate.ALLOWED


def test_changing_the_emergency_answer_lifts_the_block() -> None:
    blocked = with_flags("chest-pain")
    changed = replace(blocked, red_flags={**blocked.red_flags, "chest-pain": False})
    assert session_gate(blocked) is Gate.EMERGENCY
    assert session_gate(changed) is Gate.ALLOWED


def test_an_unknown_flag_answered_yes_counts_as_see_a_doctor() -> None:
    # A newer backcoach may have asked more; its yes is never waved through.
    assert level_of("from-the-future") is FlagLevel.SEE_DOCTOR_SOON
    future = profile(red_flags={"from-the-future": True})
    assert session_gate(future) is Gate.SEE_DOCTOR_FIRST
    assert session_gate(replace(future, clinician_checked_at=NOW)) is Gate.ALLOWED


def test_present_flags_in_the_order_asked() -> None:
    answered = with_flags("night-pain", "chest-pain", "bladder-bowel")
    assert present_flags(answered) == ("bladder-bowel", "chest-pain", "night-pain")
    assert present_flags(answered, FlagLevel.SEE_DOCTOR_SOON) == ("night-pain",)


def test_the_gate_holds_for_a_profile_read_back_from_the_store() -> None:
    store = HistoryStore.in_memory_only(clock=lambda: NOW)
    store.save_safety_profile(with_flags("fever"))
    assert session_gate(store.safety_profile()) is Gate.SEE_DOCTOR_FIRST
    store.save_safety_profile(with_flags("fever", checked=NOW))
    assert session_gate(store.safety_profile()) is Gate.ALLOWED


# -- conditions to cautions --------------------------------------------------------------


def test_each_condition_has_one_rule() -> None:
    assert [rule.condition for rule in CAUTION_RULES] == list(HealthCondition)


def test_osteoporosis_brings_forward_flexion_and_rotation() -> None:
    tags = caution_tags(profile(osteoporosis_fracture_steroids=True))
    assert tags == {Condition.END_RANGE_FLEXION, Condition.ROTATION}


def test_pregnancy_brings_forward_loaded_extension() -> None:
    assert caution_tags(profile(pregnancy=True)) == {Condition.LOADED_EXTENSION}


def test_surgery_brings_forward_the_spine_loading_tags() -> None:
    assert caution_tags(profile(recent_back_surgery=True)) == {
        Condition.END_RANGE_FLEXION,
        Condition.ROTATION,
        Condition.LOADED_EXTENSION,
    }


def test_no_conditions_no_tags() -> None:
    assert caution_tags(profile()) == frozenset()
    assert caution_tags(None) == frozenset()
    assert profile_conditions(None) == ()


@pytest.fixture(scope="module")
def exercises() -> dict[str, Exercise]:
    library = load_library([built_in_folder()])
    return dict(library.exercises)


def test_osteoporosis_cautions_twists_and_deep_bends_only(exercises: dict[str, Exercise]) -> None:
    user = profile(osteoporosis_fracture_steroids=True)
    cautioned = {eid for eid, exercise in exercises.items() if cautions_first(user, exercise)}
    assert cautioned == {
        eid
        for eid, exercise in exercises.items()
        if exercise.conditions & {Condition.END_RANGE_FLEXION, Condition.ROTATION}
    }
    assert {"knee-to-chest", "childs-pose", "lower-back-rotation", "seated-spinal-twist"} <= (
        cautioned
    )
    (line,) = caution_lines(user, exercises["lower-back-rotation"])
    assert line.startswith("You told us about osteoporosis")
    assert "this movement twists the spine" in line and "stop if it hurts" in line


def test_pregnancy_cautions_face_down_and_loaded_arching(exercises: dict[str, Exercise]) -> None:
    user = profile(pregnancy=True)
    (superman,) = cautions_first(user, exercises["prone-back-extension"])
    assert superman == ForwardCaution(
        HealthCondition.PREGNANCY, (Condition.LOADED_EXTENSION,), Position.PRONE
    )
    assert "is done lying face down and arches the back against load" in superman.text
    assert cautions_first(user, exercises["plank"])  # face down, though untagged
    assert not cautions_first(user, exercises["walking"])


def test_surgery_cautions_every_floor_exercise(exercises: dict[str, Exercise]) -> None:
    user = profile(recent_back_surgery=True)
    for exercise in exercises.values():
        lines = caution_lines(user, exercise)
        if exercise.position.on_floor:
            assert len(lines) == 1 and "surgeon" in lines[0], exercise.id
    assert caution_lines(user, exercises["seated-spinal-twist"])  # twists, though seated
    assert not caution_lines(user, exercises["walking"])


def test_one_line_per_condition_in_a_fixed_order(exercises: dict[str, Exercise]) -> None:
    everything = profile(
        osteoporosis_fracture_steroids=True, pregnancy=True, recent_back_surgery=True
    )
    found = cautions_first(everything, exercises["knee-to-chest"])
    assert [c.condition for c in found] == [
        HealthCondition.OSTEOPOROSIS_FRACTURE_STEROIDS,
        HealthCondition.RECENT_BACK_SURGERY,
    ]
    assert cautions_first(None, exercises["knee-to-chest"]) == ()
    assert cautions_first(profile(), exercises["knee-to-chest"]) == ()


def test_the_html_helper_escapes_and_bolds() -> None:
    assert caution_items_html(["a < b & c"]) == "<li><b>a &lt; b &amp; c</b></li>"
    assert caution_items_html([]) == ""
