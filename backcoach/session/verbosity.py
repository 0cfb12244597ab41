"""How much of each exercise's instructions a session speaks: a setting and a planner option."""

from __future__ import annotations

from enum import StrEnum


class Verbosity(StrEnum):
    FIRST_TIME = "first-time"  # full instructions the first time an exercise comes up
    ALWAYS_FULL = "always-full"
    BRIEF = "brief"
