"""The history's records: sessions, their items and "this hurts", safety answers, decisions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from backcoach.model import Dose, Exercise, Routine, Sides


class SessionStatus(StrEnum):
    RUNNING = "running"  # started, no end yet: being recorded, or its process died
    COMPLETED = "completed"
    STOPPED = "stopped"  # the user ended it early
    INTERRUPTED = "interrupted"  # the process ended without finishing it (crash, kill)


class ItemOutcome(StrEnum):
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"


class PainMoment(StrEnum):
    BEFORE = "before"
    AFTER = "after"
    NEXT_DAY = "next_day"


@dataclass(frozen=True)
class SnapshotItem:
    """One item of the routine as it was planned that day: the dose actually used."""

    exercise_id: str
    exercise_name: str
    dose: Dose


@dataclass(frozen=True)
class RoutineSnapshot:
    """What was planned, kept with the session: a routine may change or vanish later."""

    routine_id: str
    title: str
    items: tuple[SnapshotItem, ...]

    @classmethod
    def from_routine(cls, routine: Routine, exercises: Mapping[str, Exercise]) -> RoutineSnapshot:
        items = []
        for item in routine.items:
            exercise = exercises[item.exercise_id]
            items.append(
                SnapshotItem(exercise.id, exercise.name, item.override.apply(exercise.dose))
            )
        return cls(routine.id, routine.title, tuple(items))

    def to_json(self) -> str:
        return json.dumps(
            {
                "items": [
                    {
                        "exercise_id": i.exercise_id,
                        "name": i.exercise_name,
                        "dose": dose_to_dict(i.dose),
                    }
                    for i in self.items
                ]
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, routine_id: str, title: str, text: str) -> RoutineSnapshot:
        data = json.loads(text)
        items = tuple(
            SnapshotItem(i["exercise_id"], i["name"], dose_from_dict(i["dose"]))
            for i in data["items"]
        )
        return cls(routine_id, title, items)


def dose_to_dict(dose: Dose) -> dict[str, Any]:
    return {f.name: getattr(dose, f.name) for f in fields(dose)}


def dose_from_dict(data: Mapping[str, Any]) -> Dose:
    known = {f.name for f in fields(Dose)}
    values = {k: v for k, v in data.items() if k in known}
    if "sides" in values:
        values["sides"] = Sides(values["sides"])
    return Dose(**values)


@dataclass(frozen=True)
class ItemRecord:
    """One exercise item of a session: what was planned and what was done.

    ``planned_reps`` is per set (and per side), as in the dose. ``done_sets`` counts sets
    finished in full, ``done_reps`` every repetition done over all sets and sides,
    ``done_hold_s`` the seconds held in total, ``done_duration_s`` the seconds the item
    ran (a timed activity's time walked or cycled).
    """

    position: int  # index of the item in the routine
    exercise_id: str
    exercise_name: str
    outcome: ItemOutcome
    planned_sets: int
    planned_reps: int
    planned_hold_s: float | None
    planned_duration_s: float | None
    done_sets: int
    done_reps: int
    done_hold_s: float = 0.0
    done_duration_s: float = 0.0
    recorded_at: datetime | None = None  # None: the store's clock at recording


@dataclass(frozen=True)
class HurtEvent:
    """The user pressed "this hurts": when, during what, and what they answered."""

    at: datetime
    exercise_id: str
    item_position: int | None
    sharp: bool | None  # None: not answered
    spreading: bool | None  # down the leg; means stop that movement
    stopped_exercise: bool


@dataclass(frozen=True)
class SessionRecord:
    id: int
    snapshot: RoutineSnapshot
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    pain_before: int | None = None
    pain_after: int | None = None
    pain_next_day: int | None = None
    notes: str = ""
    items: tuple[ItemRecord, ...] = ()
    hurts: tuple[HurtEvent, ...] = ()

    @property
    def routine_id(self) -> str:
        return self.snapshot.routine_id

    @property
    def duration_s(self) -> float:
        if self.ended_at is None:
            return 0.0
        return max(0.0, (self.ended_at - self.started_at).total_seconds())


@dataclass(frozen=True)
class SafetyProfile:
    """The first-run check's answers; every save is kept, the latest one counts."""

    disclaimer_acknowledged_at: datetime | None = None
    red_flags: Mapping[str, bool] = field(default_factory=dict)  # flag id -> present
    clinician_checked_at: datetime | None = None  # the user confirmed a clinician checked
    osteoporosis_fracture_steroids: bool = False
    pregnancy: bool = False
    recent_back_surgery: bool = False
    recorded_at: datetime | None = None  # set by the store

    @property
    def any_red_flag(self) -> bool:
        return any(self.red_flags.values())


class ProposalFields(Protocol):
    """What the store keeps of a progression proposal (backcoach.coach.progression)."""

    @property
    def routine_id(self) -> str: ...
    @property
    def item_position(self) -> int: ...
    @property
    def exercise_id(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def old_dose(self) -> Dose: ...
    @property
    def new_dose(self) -> Dose: ...
    @property
    def reason(self) -> str: ...
    @property
    def based_on_session_id(self) -> int | None: ...


class Decision(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    proposed_at: datetime
    routine_id: str
    item_position: int
    exercise_id: str
    direction: str  # "up" or "back"
    old_dose: Dose
    new_dose: Dose
    reason: str
    based_on_session_id: int | None
    decision: Decision
    decided_at: datetime | None
    applied_routine_id: str | None  # the id of the routine copy the change went into
