"""Progression: step up after low-pain sessions within the norms, step back on pain, copies only."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcoach.coach.progression import (
    Direction,
    Reason,
    StaleProposalError,
    apply_proposal,
    current_dose,
    last_change,
    propose,
    step_back,
    step_up,
)
from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.model import Dose, Exercise, Routine, RoutineItem
from backcoach.store.history import (
    Decision,
    DecisionRecord,
    HurtEvent,
    ItemOutcome,
    ItemRecord,
    RoutineSnapshot,
    SessionRecord,
    SessionStatus,
)

T0 = datetime(2025, 3, 3, 18, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


def routine(*exercise_ids: str) -> Routine:
    return Routine(
        "mine", "Mine", "", tuple(RoutineItem(e) for e in exercise_ids), origin="built-in"
    )


def done(position: int, outcome: ItemOutcome = ItemOutcome.COMPLETED) -> ItemRecord:
    return ItemRecord(position, "x", "X", outcome, 1, 10, None, None, 1, 10)


def session(
    day: int,
    *,
    after: int | None = 2,
    before: int | None = 3,
    next_day: int | None = None,
    status: SessionStatus = SessionStatus.COMPLETED,
    items: int = 2,
    skipped: tuple[int, ...] = (),
    hurt_at: int | None = None,
    routine_id: str = "mine",
) -> SessionRecord:
    start = T0 + timedelta(days=day)
    hurts: tuple[HurtEvent, ...] = ()
    if hurt_at is not None:
        hurts = (
            HurtEvent(start, "x", hurt_at, sharp=True, spreading=False, stopped_exercise=True),
        )
    return SessionRecord(
        id=day + 1,
        snapshot=RoutineSnapshot(routine_id, "Mine", ()),
        started_at=start,
        ended_at=start + timedelta(minutes=10),
        status=status,
        pain_before=before,
        pain_after=after,
        pain_next_day=next_day,
        items=tuple(
            done(p, ItemOutcome.SKIPPED if p in skipped else ItemOutcome.COMPLETED)
            for p in range(items)
        ),
        hurts=hurts,
    )


def exercise(library: Library, exercise_id: str) -> Exercise:
    return library.exercises[exercise_id]


# --- the dose steps --------------------------------------------------------------------


def test_strength_adds_reps_to_twelve_then_sets_to_four(library: Library) -> None:
    pelvic = exercise(library, "pelvic-tilt")  # strength with a 5 s hold
    doses = [Dose(sets=1, reps=8, hold_s=5)]
    while (following := step_up(pelvic, doses[-1])) is not None:
        doses.append(following)
    assert [(d.sets, d.reps) for d in doses] == [
        (1, 8), (1, 10), (1, 12), (2, 8), (2, 10), (2, 12), (3, 8), (3, 10), (3, 12),
        (4, 8), (4, 10), (4, 12),
    ]  # fmt: skip
    assert {d.hold_s for d in doses} == {5}  # a core hold never gets longer


def test_strength_above_twelve_reps_adds_sets_and_keeps_its_reps(library: Library) -> None:
    bridge = exercise(library, "bridge")
    assert step_up(bridge, Dose(sets=3, reps=15, hold_s=3)) == Dose(sets=4, reps=15, hold_s=3)
    assert step_up(bridge, Dose(sets=4, reps=15, hold_s=3)) is None


def test_stretch_holds_grow_to_thirty_seconds_then_reps_to_four(library: Library) -> None:
    stretch = exercise(library, "hip-flexor-stretch")
    assert step_up(stretch, Dose(reps=2, hold_s=20)) == Dose(reps=2, hold_s=25)
    assert step_up(stretch, Dose(reps=2, hold_s=28)) == Dose(reps=2, hold_s=30)
    assert step_up(stretch, Dose(reps=2, hold_s=30)) == Dose(reps=3, hold_s=30)
    assert step_up(stretch, Dose(reps=4, hold_s=30)) is None


def test_activities_build_toward_thirty_minutes(library: Library) -> None:
    walking = exercise(library, "walking")
    assert step_up(walking, Dose(duration_s=600)) == Dose(duration_s=900)
    assert step_up(walking, Dose(duration_s=1700)) == Dose(duration_s=1800)
    assert step_up(walking, Dose(duration_s=1800)) is None
    assert step_back(walking, Dose(duration_s=600)) == Dose(duration_s=300)
    assert step_back(walking, Dose(duration_s=300)) is None


def test_mobility_and_relaxation(library: Library) -> None:
    cat_cow = exercise(library, "cat-cow")
    assert step_up(cat_cow, Dose(reps=6)) == Dose(reps=8)
    assert step_up(cat_cow, Dose(reps=10)) is None
    assert step_back(cat_cow, Dose(reps=4)) is None
    childs_pose = exercise(library, "childs-pose")
    assert step_up(childs_pose, childs_pose.dose) is None
    assert step_back(childs_pose, childs_pose.dose) is None


def test_steps_back(library: Library) -> None:
    bridge = exercise(library, "bridge")
    assert step_back(bridge, Dose(sets=3, reps=15)) == Dose(sets=2, reps=15)
    assert step_back(bridge, Dose(sets=1, reps=5)) == Dose(sets=1, reps=4)
    assert step_back(bridge, Dose(sets=1, reps=4)) is None
    stretch = exercise(library, "piriformis-stretch")
    assert step_back(stretch, Dose(reps=2, hold_s=30)) == Dose(reps=2, hold_s=25)
    assert step_back(stretch, Dose(reps=2, hold_s=10)) == Dose(reps=1, hold_s=10)


@given(
    st.sampled_from(["bridge", "curl-up", "bird-dog", "hamstring-stretch", "walking", "cat-cow"]),
    st.integers(1, 4),
    st.integers(1, 20),
)
def test_a_step_up_stays_within_the_norms_and_a_step_back_is_lighter(
    exercise_id: str, sets: int, reps: int
) -> None:
    found = load_library_once().exercises[exercise_id]
    dose = (
        replace(found.dose, sets=sets, reps=reps) if found.dose.duration_s is None else found.dose
    )
    up = step_up(found, dose)
    if up is not None:
        assert up != dose
        assert up.sets <= 4
        assert (up.hold_s or 0) <= max(30, dose.hold_s or 0)
        if found.category.value == "strength":
            assert up.hold_s == dose.hold_s
    back = step_back(found, dose)
    if back is not None:
        assert (back.sets, back.reps, back.hold_s or 0, back.duration_s or 0) <= (
            dose.sets, dose.reps, dose.hold_s or 0, dose.duration_s or 0,
        )  # fmt: skip
        assert back.sets >= 1 and back.reps >= 1


_LIBRARY: list[Library] = []


def load_library_once() -> Library:
    if not _LIBRARY:
        _LIBRARY.append(load_library([built_in_folder()]))
    return _LIBRARY[0]


# --- proposals from sessions -----------------------------------------------------------


def test_no_sessions_or_one_session_propose_nothing(library: Library) -> None:
    plan = routine("bridge", "cat-cow")
    assert propose(plan, library.exercises, []) == []
    assert propose(plan, library.exercises, [session(0)]) == []


def test_three_low_pain_sessions_propose_one_step_up(library: Library) -> None:
    plan = routine("childs-pose", "cat-cow")  # child's pose has no step: cat-cow goes
    (proposal,) = propose(plan, library.exercises, [session(0), session(1), session(2)])
    assert proposal.direction is Direction.UP
    assert proposal.reason is Reason.LOW_PAIN
    assert (proposal.item_position, proposal.exercise_id) == (1, "cat-cow")
    assert (proposal.old_dose.reps, proposal.new_dose.reps) == (6, 8)
    assert proposal.based_on_session_id == 3


@pytest.mark.parametrize(
    "spoiler",
    [
        {"after": 4},  # not low pain
        {"after": None},  # pain not given: no evidence it went well
        {"status": SessionStatus.STOPPED},
        {"hurt_at": 1},
        {"next_day": 4, "before": 3},  # worse the next day
        {"skipped": (0, 1)},
    ],
)
def test_one_session_that_did_not_go_well_blocks_a_step_up(
    library: Library, spoiler: dict[str, object]
) -> None:
    plan = routine("bridge", "cat-cow")
    sessions = [session(0), session(1, **spoiler), session(2)]  # type: ignore[arg-type]
    assert [p for p in propose(plan, library.exercises, sessions) if p.direction == "up"] == []


def test_exactly_low_pain_still_counts(library: Library) -> None:
    plan = routine("cat-cow")
    sessions = [session(day, after=3, items=1) for day in range(3)]
    assert len(propose(plan, library.exercises, sessions)) == 1


def test_only_sessions_since_the_last_change_count(library: Library) -> None:
    plan = routine("cat-cow")
    sessions = [session(day, items=1) for day in range(4)]
    changed = T0 + timedelta(days=1, hours=1)
    assert propose(plan, library.exercises, sessions, changed_at=changed) == []
    other = [session(day, items=1, routine_id="other") for day in range(3)]
    assert propose(plan, library.exercises, other) == []


def test_pain_above_five_steps_back_every_item_done(library: Library) -> None:
    plan = routine("bridge", "cat-cow", "walking")
    latest = session(5, after=6, items=3, skipped=(2,))
    proposals = propose(plan, library.exercises, [session(3), session(4), latest])
    assert [(p.item_position, p.direction, p.reason) for p in proposals] == [
        (0, Direction.BACK, Reason.PAIN_AFTER),
        (1, Direction.BACK, Reason.PAIN_AFTER),
    ]
    assert proposals[0].new_dose.sets == 2  # bridge 3 x 15 -> 2 x 15


def test_pain_of_exactly_five_is_acceptable(library: Library) -> None:
    plan = routine("bridge")
    assert propose(plan, library.exercises, [session(0, after=5, items=1)]) == []


def test_worse_next_day_steps_back(library: Library) -> None:
    plan = routine("cat-cow")
    (proposal,) = propose(
        plan, library.exercises, [session(0, before=3, next_day=4, after=2, items=1)]
    )
    assert (proposal.direction, proposal.reason) == (Direction.BACK, Reason.WORSE_NEXT_DAY)
    assert propose(plan, library.exercises, [session(0, before=3, next_day=3, items=1)]) == []


def test_this_hurts_steps_back_that_item_only(library: Library) -> None:
    plan = routine("bridge", "cat-cow")
    (proposal,) = propose(plan, library.exercises, [session(0, hurt_at=1)])
    assert (proposal.item_position, proposal.reason) == (1, Reason.HURT)


def test_last_change_is_the_last_accepted_decision() -> None:
    def decision(day: int, answer: Decision, routine_id: str = "mine") -> DecisionRecord:
        moment = T0 + timedelta(days=day)
        return DecisionRecord(
            day, moment, routine_id, 0, "x", "up", Dose(), Dose(), "low-pain", None, answer,
            moment, "mine" if answer is Decision.ACCEPTED else None,
        )  # fmt: skip

    decisions = [
        decision(1, Decision.ACCEPTED),
        decision(2, Decision.DECLINED),
        decision(3, Decision.ACCEPTED, routine_id="built-in-one"),  # applied into "mine"
    ]
    assert last_change(decisions, "mine") == T0 + timedelta(days=3)
    assert last_change(decisions[:2], "mine") == T0 + timedelta(days=1)
    assert last_change([], "mine") is None


# --- applying ----------------------------------------------------------------------------


def test_applying_returns_a_changed_copy_and_leaves_the_routine_alone(library: Library) -> None:
    plan = routine("childs-pose", "cat-cow")
    (proposal,) = propose(plan, library.exercises, [session(d) for d in range(3)])
    copy = apply_proposal(plan, proposal, library.exercises, new_id="mine-2", origin="")
    assert plan == routine("childs-pose", "cat-cow")
    assert (copy.id, copy.origin) == ("mine-2", "")
    assert copy.items[1].override.reps == 8
    assert copy.items[1].override.sets is None  # only what changed is overridden
    assert current_dose(copy, 1, library.exercises) == proposal.new_dose
    assert copy.items[0] == plan.items[0]


def test_a_stale_proposal_is_refused(library: Library) -> None:
    plan = routine("childs-pose", "cat-cow")
    (proposal,) = propose(plan, library.exercises, [session(d) for d in range(3)])
    applied = apply_proposal(plan, proposal, library.exercises)
    with pytest.raises(StaleProposalError, match="changed"):
        apply_proposal(applied, proposal, library.exercises)
    with pytest.raises(StaleProposalError):
        apply_proposal(routine("childs-pose", "bridge"), proposal, library.exercises)
    with pytest.raises(StaleProposalError):
        apply_proposal(routine("childs-pose"), proposal, library.exercises)
