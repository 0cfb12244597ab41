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
from backcoach.model.routine import DoseOverride, Routine, RoutineItem

__all__ = [
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
    "Routine",
    "RoutineItem",
    "Sides",
    "SourceDose",
    "Variant",
]
