"""How much of each exercise was really done: planned against done sets, reps and holds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from backcoach.session.plan import Step, StepKind, Timeline

WORK_KINDS = (StepKind.MOVE, StepKind.HOLD, StepKind.ACTIVITY)
# Less movement than this is a skip pressed a moment late, not an exercise begun.
MIN_WORK_S = 1.0
_EPSILON_S = 1e-6  # a step run "to its end" may miss its length in the last bit


class Outcome(StrEnum):
    COMPLETED = "completed"  # every planned repetition (an activity: all its time) done
    PARTLY = "partly"  # begun, not all of it done
    SKIPPED = "skipped"  # the user skipped it before doing any of it
    NOT_STARTED = "not-started"  # the session ended before it came up


@dataclass(frozen=True)
class ItemTally:
    """One routine item, planned against done. Repetitions count each side apart, so "10
    each side" plans 20; a repetition is done when all its phases ran to their end, a set
    when all its repetitions did. Doing a set again (repeat, back) counts it once."""

    item: int
    exercise_id: str
    outcome: Outcome
    planned_sets: int
    done_sets: int
    planned_reps: int  # 0 for a timed activity
    done_reps: int
    planned_hold_s: float  # seconds of holds in all
    done_hold_s: float  # seconds of holds actually run through (a hold cut short counts part)
    planned_work_s: float  # movement, holds and activity; no prepare, rest or switch
    done_work_s: float
    timed: bool  # a timed activity (walking): its seconds say how much was done


@dataclass
class StepLog:
    """What happened to each step of a session: the seconds run through it (the most of
    any pass, at most its length) and whether the user skipped over it."""

    ran: dict[int, float] = field(default_factory=dict)
    skipped: set[int] = field(default_factory=set)

    def ran_through(self, step: Step, seconds: float) -> None:
        seconds = min(max(0.0, seconds), step.duration)
        self.ran[step.index] = max(self.ran.get(step.index, 0.0), seconds)

    def skipped_over(self, indexes: Iterable[int]) -> None:
        self.skipped.update(indexes)

    def seconds(self, step: Step) -> float:
        return self.ran.get(step.index, 0.0)

    def done(self, step: Step) -> bool:
        """Ran to its end at least once (a zero-length step: was reached)."""
        return step.index in self.ran and self.ran[step.index] >= step.duration - _EPSILON_S

    def copy(self) -> StepLog:
        return StepLog(dict(self.ran), set(self.skipped))


def tally(timeline: Timeline, log: StepLog) -> tuple[ItemTally, ...]:
    """Every item of the timeline, in order, with what ``log`` says was done of it."""
    work: dict[int, list[Step]] = {item.index: [] for item in timeline.items}
    for step in timeline.steps:
        if step.kind in WORK_KINDS and step.item in work:
            work[step.item].append(step)
    return tuple(
        _item_tally(item.index, item.exercise.id, work[item.index], log) for item in timeline.items
    )


def _item_tally(item: int, exercise_id: str, steps: list[Step], log: StepLog) -> ItemTally:
    reps: dict[tuple[int, str, int], list[Step]] = {}
    for step in steps:
        if step.kind is not StepKind.ACTIVITY:
            side = step.side.value if step.side is not None else ""
            reps.setdefault((step.set_no, side, step.rep_no), []).append(step)
    done_reps = {key for key, phases in reps.items() if all(log.done(s) for s in phases)}
    set_numbers = sorted({step.set_no for step in steps})
    done_sets = [
        number for number in set_numbers if all(log.done(s) for s in steps if s.set_no == number)
    ]
    holds = [step for step in steps if step.kind is StepKind.HOLD]
    done_work_s = sum(log.seconds(step) for step in steps)
    return ItemTally(
        item=item,
        exercise_id=exercise_id,
        outcome=_outcome(steps, log, done_work_s),
        planned_sets=len(set_numbers),
        done_sets=len(done_sets),
        planned_reps=len(reps),
        done_reps=len(done_reps),
        planned_hold_s=sum(step.duration for step in holds),
        done_hold_s=sum(log.seconds(step) for step in holds),
        planned_work_s=sum(step.duration for step in steps),
        done_work_s=done_work_s,
        timed=any(step.kind is StepKind.ACTIVITY for step in steps),
    )


def _outcome(steps: list[Step], log: StepLog, done_work_s: float) -> Outcome:
    if steps and all(log.done(step) for step in steps):
        return Outcome.COMPLETED
    if done_work_s >= MIN_WORK_S or any(log.done(step) for step in steps):
        return Outcome.PARTLY
    if any(step.index in log.skipped for step in steps):
        return Outcome.SKIPPED
    return Outcome.NOT_STARTED
