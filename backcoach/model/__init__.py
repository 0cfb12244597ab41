"""Pure data of the coach: exercises, doses, routines, education (no Qt, no I/O)."""

from backcoach.model.education import EducationTopic
from backcoach.model.exercise import (
    Breath,
    Category,
    Condition,
    Dose,
    Equipment,
    Exercise,
    Phase,
    Position,
    Sides,
    SourceDose,
    Variant,
)
from backcoach.model.routine import (
    TEMPO_RANGE,
    DoseOverride,
    RestItem,
    Routine,
    RoutineEntry,
    RoutineItem,
    split_entries,
)

__all__ = [
    "TEMPO_RANGE",
    "Breath",
    "Category",
    "Condition",
    "Dose",
    "DoseOverride",
    "EducationTopic",
    "Equipment",
    "Exercise",
    "Phase",
    "Position",
    "RestItem",
    "Routine",
    "RoutineEntry",
    "RoutineItem",
    "Sides",
    "SourceDose",
    "Variant",
    "split_entries",
]
