"""What a shared file holds: an exercise or a routine (the command line's --kind too)."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    EXERCISE = "exercise"
    ROUTINE = "routine"
