"""When to step a routine's dose up or back, as proposals the user accepts or declines.

A proposal is data: routine, item, old and new dose, reason. Nothing changes until the
caller applies an accepted one with ``apply_proposal``, which returns a modified COPY of
the routine (the caller saves it, e.g. as the user's routine file, and records the
decision in the history with ``HistoryStore.decide``).

Rules (docs/history.md; norms from /work/shared/CONTENT.md):

* **Step back** (checked first, on the latest finished session of the routine since
  its last change): pain after the session above 5, or next-day pain worse than before
  it, steps back every item that was done; a "this hurts" event steps back its item.
* **Step up**: the last STEP_UP_AFTER sessions since the routine last changed were all
  completed, each with pain after of at most LOW_PAIN, no "this hurts", and next-day pain
  (where given) no worse than before. Then the first item, in routine order, that was
  completed in each of them and has a step left is proposed: one change at a time, so
  the next sessions show how it suits.
* Steps by kind of exercise:
  - timed activity: 5 min more, up to 30 min (5 min less, down to 5 min);
  - stretch with a hold: hold +5 s up to 30 s, then a repetition more up to 4 (back:
    hold -5 s down to 10 s, then a repetition fewer down to 1);
  - strength: 2 repetitions more up to 12, then a set more up to 4 starting again at 8
    repetitions (back: a set fewer, then 2 repetitions fewer down to 4). A hold is never
    lengthened: core holds stay at about 10 s or less and grow by repetitions (McGill);
  - mobility: 2 repetitions more up to 10 (back: 2 fewer, down to 4);
  - relaxation: no steps.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from backcoach.model import Category, Dose, Exercise, Routine, RoutineItem
from backcoach.store.history import (
    Decision,
    DecisionRecord,
    ItemOutcome,
    SessionRecord,
    SessionStatus,
)

STEP_UP_AFTER = 3  # sessions in a row with low pain
LOW_PAIN = 3  # at most, after a session (0-10)
HIGH_PAIN = 5  # above this after a session: step back (Silbernagel 2007)

ACTIVITY_STEP_S = 300.0
ACTIVITY_MAX_S = 1800.0  # about 30 min on most days (WHO, WalkBack)
ACTIVITY_MIN_S = 300.0
STRETCH_HOLD_STEP_S = 5.0
STRETCH_HOLD_MAX_S = 30.0  # ACSM: 10-30 s
STRETCH_HOLD_MIN_S = 10.0
STRETCH_REPS_MAX = 4  # ACSM: 2-4
STRENGTH_REPS_STEP = 2
STRENGTH_REPS_MAX = 12  # ACSM: 8-12
STRENGTH_REPS_RESTART = 8
STRENGTH_REPS_MIN = 4
STRENGTH_SETS_MAX = 4  # ACSM: 2-4 sets later on
MOBILITY_REPS_MAX = 10
MOBILITY_REPS_MIN = 4


class Direction(StrEnum):
    UP = "up"
    BACK = "back"


class Reason(StrEnum):
    LOW_PAIN = "low-pain"  # STEP_UP_AFTER completed sessions with low pain
    PAIN_AFTER = "pain-after"  # pain after the session above HIGH_PAIN
    WORSE_NEXT_DAY = "worse-next-day"
    HURT = "hurt"  # "this hurts" during the item


@dataclass(frozen=True)
class Proposal:
    routine_id: str
    item_position: int
    exercise_id: str
    direction: Direction
    old_dose: Dose
    new_dose: Dose
    reason: Reason
    based_on_session_id: int | None


class StaleProposalError(ValueError):
    """The routine no longer has the item or dose the proposal was made for."""


def _has_hold(exercise: Exercise, dose: Dose) -> bool:
    return dose.hold_s is not None and any(phase.hold for phase in exercise.phases)


def _activity_up(dose: Dose) -> Dose | None:
    if dose.duration_s is None or dose.duration_s >= ACTIVITY_MAX_S:
        return None
    return replace(dose, duration_s=min(ACTIVITY_MAX_S, dose.duration_s + ACTIVITY_STEP_S))


def _activity_back(dose: Dose) -> Dose | None:
    if dose.duration_s is None or dose.duration_s <= ACTIVITY_MIN_S:
        return None
    return replace(dose, duration_s=max(ACTIVITY_MIN_S, dose.duration_s - ACTIVITY_STEP_S))


def _stretch_up(exercise: Exercise, dose: Dose) -> Dose | None:
    if _has_hold(exercise, dose) and (dose.hold_s or 0.0) < STRETCH_HOLD_MAX_S:
        hold = min(STRETCH_HOLD_MAX_S, (dose.hold_s or 0.0) + STRETCH_HOLD_STEP_S)
        return replace(dose, hold_s=hold)
    return replace(dose, reps=dose.reps + 1) if dose.reps < STRETCH_REPS_MAX else None


def _stretch_back(exercise: Exercise, dose: Dose) -> Dose | None:
    if _has_hold(exercise, dose) and (dose.hold_s or 0.0) > STRETCH_HOLD_MIN_S:
        hold = max(STRETCH_HOLD_MIN_S, (dose.hold_s or 0.0) - STRETCH_HOLD_STEP_S)
        return replace(dose, hold_s=hold)
    return replace(dose, reps=dose.reps - 1) if dose.reps > 1 else None


def _strength_up(dose: Dose) -> Dose | None:
    # Never a longer hold: core holds grow by repetitions (McGill).
    if dose.reps < STRENGTH_REPS_MAX:
        return replace(dose, reps=min(STRENGTH_REPS_MAX, dose.reps + STRENGTH_REPS_STEP))
    if dose.sets < STRENGTH_SETS_MAX:
        reps = STRENGTH_REPS_RESTART if dose.reps == STRENGTH_REPS_MAX else dose.reps
        return replace(dose, sets=dose.sets + 1, reps=reps)
    return None


def _strength_back(dose: Dose) -> Dose | None:
    if dose.sets > 1:
        return replace(dose, sets=dose.sets - 1)
    if dose.reps > STRENGTH_REPS_MIN:
        return replace(dose, reps=max(STRENGTH_REPS_MIN, dose.reps - STRENGTH_REPS_STEP))
    return None


def _mobility_up(dose: Dose) -> Dose | None:
    if dose.reps >= MOBILITY_REPS_MAX:
        return None
    return replace(dose, reps=min(MOBILITY_REPS_MAX, dose.reps + STRENGTH_REPS_STEP))


def _mobility_back(dose: Dose) -> Dose | None:
    if dose.reps <= MOBILITY_REPS_MIN:
        return None
    return replace(dose, reps=max(MOBILITY_REPS_MIN, dose.reps - STRENGTH_REPS_STEP))


def step_up(exercise: Exercise, dose: Dose) -> Dose | None:
    """The next dose up within the norms, or None at the top."""
    if dose.is_timed_activity:
        return _activity_up(dose)
    if exercise.category is Category.STRETCH:
        return _stretch_up(exercise, dose)
    if exercise.category is Category.STRENGTH:
        return _strength_up(dose)
    if exercise.category is Category.MOBILITY:
        return _mobility_up(dose)
    return None


def step_back(exercise: Exercise, dose: Dose) -> Dose | None:
    """A lighter dose, or None when it is already as light as the rules go."""
    if dose.is_timed_activity:
        return _activity_back(dose)
    if exercise.category is Category.STRETCH:
        return _stretch_back(exercise, dose)
    if exercise.category is Category.STRENGTH:
        return _strength_back(dose)
    if exercise.category is Category.MOBILITY:
        return _mobility_back(dose)
    return None


def current_dose(routine: Routine, position: int, exercises: Mapping[str, Exercise]) -> Dose:
    item = routine.items[position]
    return item.override.apply(exercises[item.exercise_id].dose)


def last_change(decisions: Iterable[DecisionRecord], routine_id: str) -> datetime | None:
    """When a proposal for this routine was last accepted: sessions before it used
    another dose and say nothing about the current one."""
    accepted = [
        d.decided_at
        for d in decisions
        if d.decision is Decision.ACCEPTED
        and d.decided_at is not None
        and routine_id in (d.routine_id, d.applied_routine_id)
    ]
    return max(accepted, default=None)


def _since_change(
    sessions: Iterable[SessionRecord], routine_id: str, changed_at: datetime | None
) -> list[SessionRecord]:
    return sorted(
        (
            s
            for s in sessions
            if s.routine_id == routine_id
            and s.status is not SessionStatus.RUNNING
            and (changed_at is None or s.started_at >= changed_at)
        ),
        key=lambda s: s.started_at,
    )


def _worse_next_day(session: SessionRecord) -> bool:
    before, next_day = session.pain_before, session.pain_next_day
    return before is not None and next_day is not None and next_day > before


def _proposal(
    routine: Routine,
    position: int,
    *,
    exercises: Mapping[str, Exercise],
    direction: Direction,
    reason: Reason,
    session: SessionRecord,
) -> Proposal | None:
    exercise = exercises[routine.items[position].exercise_id]
    old = current_dose(routine, position, exercises)
    new = step_up(exercise, old) if direction is Direction.UP else step_back(exercise, old)
    if new is None:
        return None
    return Proposal(routine.id, position, exercise.id, direction, old, new, reason, session.id)


def _step_back_proposals(
    routine: Routine, exercises: Mapping[str, Exercise], latest: SessionRecord
) -> list[Proposal]:
    done = {i.position for i in latest.items if i.outcome is not ItemOutcome.SKIPPED}
    hurt = {h.item_position for h in latest.hurts if h.item_position is not None}
    whole_session_reason = None
    if latest.pain_after is not None and latest.pain_after > HIGH_PAIN:
        whole_session_reason = Reason.PAIN_AFTER
    elif _worse_next_day(latest):
        whole_session_reason = Reason.WORSE_NEXT_DAY
    proposals = []
    for position in range(len(routine.items)):
        if position in hurt:
            reason = Reason.HURT
        elif whole_session_reason is not None and position in done:
            reason = whole_session_reason
        else:
            continue
        found = _proposal(
            routine,
            position,
            exercises=exercises,
            direction=Direction.BACK,
            reason=reason,
            session=latest,
        )
        if found is not None:
            proposals.append(found)
    return proposals


def _went_well(session: SessionRecord) -> bool:
    return (
        session.status is SessionStatus.COMPLETED
        and session.pain_after is not None
        and session.pain_after <= LOW_PAIN
        and not session.hurts
        and not _worse_next_day(session)
    )


def propose(
    routine: Routine,
    exercises: Mapping[str, Exercise],
    sessions: Sequence[SessionRecord],
    *,
    changed_at: datetime | None = None,
) -> list[Proposal]:
    """Step-back proposals if the latest session calls for them, else at most one step up.

    ``sessions`` may hold any routine's sessions; ``changed_at`` is when this routine's
    dose last changed (``last_change``): only sessions since then count.
    """
    relevant = _since_change(sessions, routine.id, changed_at)
    if not relevant:
        return []
    latest = relevant[-1]
    backs = _step_back_proposals(routine, exercises, latest)
    if backs or (latest.pain_after is not None and latest.pain_after > HIGH_PAIN):
        return backs
    recent = relevant[-STEP_UP_AFTER:]
    if len(recent) < STEP_UP_AFTER or not all(_went_well(s) for s in recent):
        return []
    for position in range(len(routine.items)):
        completed_each_time = all(
            any(i.position == position and i.outcome is ItemOutcome.COMPLETED for i in s.items)
            for s in recent
        )
        if completed_each_time:
            found = _proposal(
                routine,
                position,
                exercises=exercises,
                direction=Direction.UP,
                reason=Reason.LOW_PAIN,
                session=latest,
            )
            if found is not None:
                return [found]
    return []


def apply_proposal(
    routine: Routine,
    proposal: Proposal,
    exercises: Mapping[str, Exercise],
    *,
    new_id: str | None = None,
    origin: str | None = None,
) -> Routine:
    """A copy of ``routine`` with the proposal's dose; ``routine`` itself is unchanged.

    Raises StaleProposalError when the routine no longer matches what was proposed.
    """
    position = proposal.item_position
    if proposal.routine_id != routine.id or not 0 <= position < len(routine.items):
        raise StaleProposalError(f"{routine.id} has no item {position} of {proposal.routine_id}")
    item = routine.items[position]
    if item.exercise_id != proposal.exercise_id:
        raise StaleProposalError(
            f"item {position} is {item.exercise_id}, not {proposal.exercise_id}"
        )
    if current_dose(routine, position, exercises) != proposal.old_dose:
        raise StaleProposalError(f"the dose of {item.exercise_id} changed since the proposal")
    old, new = proposal.old_dose, proposal.new_dose
    override = replace(
        item.override,
        **{
            name: getattr(new, name)
            for name in ("sets", "reps", "hold_s", "rest_s", "sides", "duration_s")
            if getattr(new, name) != getattr(old, name)
        },
    )
    items = list(routine.items)
    items[position] = RoutineItem(item.exercise_id, override, item.note)
    return replace(
        routine,
        id=new_id or routine.id,
        items=tuple(items),
        origin=routine.origin if origin is None else origin,
    )
