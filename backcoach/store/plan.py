"""The user's plan (which routine, which days, what time) and what reminders already said,
in one small validated JSON file in the data folder."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from typing import Any

from backcoach.regular_file import NotReadableError, read_regular_file
from backcoach.store.json_object import json_object
from backcoach.store.private_file import move_aside, write_private_text

FORMAT_VERSION = 1
MAX_PLAN_BYTES = 64 * 1024  # a saved file is about 300 bytes
ROUTINE_ID_MAX = 200
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order
TIME_PATTERN = re.compile(r"(\d{1,2}):(\d{2})")


@dataclass(frozen=True)
class Plan:
    """What the user means to do: ``routine_id`` on ``weekdays`` (0 is Monday) at ``at``,
    local wall time, so a reminder set for 18:00 stays at 18:00 across a change of clock."""

    routine_id: str = "gentle-start"
    weekdays: frozenset[int] = frozenset(range(7))
    at: time = time(18, 0)
    enabled: bool = False
    autostart: bool = False  # start backcoach, hidden in the tray, when the user logs in
    # The first day that counts: days before the plan was made are never "missed".
    since: date | None = None

    def planned_on(self, day: date) -> bool:
        return (
            self.enabled
            and day.weekday() in self.weekdays
            and (self.since is None or day >= self.since)
        )


@dataclass(frozen=True)
class ReminderLog:
    """What reminders have said already, kept so that a restart does not say it again."""

    reminded_on: date | None = None  # the day of the last reminder (on time or late)
    missed_told_from: date | None = None  # the first day of the missed stretch told about
    tray_told: bool = False  # "closing keeps backcoach in the tray" was said


@dataclass(frozen=True)
class PlanFile:
    plan: Plan = field(default_factory=Plan)
    log: ReminderLog = field(default_factory=ReminderLog)


DEFAULTS = PlanFile()


def _routine(value: Any, messages: list[str]) -> Any:
    if isinstance(value, str) and value.strip() and len(value) <= ROUTINE_ID_MAX:
        return value.strip()
    messages.append(f"routine: expected a routine id; using {DEFAULTS.plan.routine_id}")
    return None


def _weekdays(value: Any, messages: list[str]) -> Any:
    if isinstance(value, list) and all(isinstance(day, str) for day in value):
        known = {WEEKDAYS.index(day) for day in value if day in WEEKDAYS}
        if len(known) == len(set(value)):
            return frozenset(known)
    messages.append(f"weekdays: expected a list of {', '.join(WEEKDAYS)}; using every day")
    return None


def _time(value: Any, messages: list[str]) -> Any:
    match = TIME_PATTERN.fullmatch(value) if isinstance(value, str) else None
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    messages.append("time: expected HH:MM; using 18:00")
    return None


def _flag(key: str) -> Checker:
    def check(value: Any, messages: list[str]) -> Any:
        if isinstance(value, bool):
            return value
        messages.append(f"{key}: expected true or false; using false")
        return None

    return check


def _day(key: str) -> Checker:
    def check(value: Any, messages: list[str]) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        messages.append(f"{key}: expected a date as YYYY-MM-DD; forgetting it")
        return None

    return check


Checker = Callable[[Any, list[str]], Any]  # the value to use, or None for the default
PLAN_KEYS: dict[str, tuple[str, Checker]] = {
    "routine": ("routine_id", _routine),
    "weekdays": ("weekdays", _weekdays),
    "time": ("at", _time),
    "enabled": ("enabled", _flag("enabled")),
    "autostart": ("autostart", _flag("autostart")),
    "since": ("since", _day("since")),
}
LOG_KEYS: dict[str, tuple[str, Checker]] = {
    "reminded_on": ("reminded_on", _day("reminded_on")),
    "missed_told_from": ("missed_told_from", _day("missed_told_from")),
    "tray_told": ("tray_told", _flag("tray_told")),
}


def _values(
    data: dict[str, Any], keys: dict[str, tuple[str, Checker]], messages: list[str]
) -> dict[str, Any]:
    """Each known key checked on its own: one bad value costs only that value."""
    values = {}
    for key, (name, check) in keys.items():
        if key in data and (value := check(data[key], messages)) is not None:
            values[name] = value
    return values


def load_plan(path: Path) -> tuple[PlanFile, list[str]]:
    """The plan in ``path`` and what was wrong with it (empty when all was well).

    A missing file gives the defaults (no plan) silently; a file that is not a small JSON
    object is moved aside to ``plan.json.bad`` and the defaults are used, with a message."""
    try:
        payload = read_regular_file(path, MAX_PLAN_BYTES)
    except FileNotFoundError:
        return DEFAULTS, []
    except NotReadableError as error:
        return DEFAULTS, [_set_aside(path, str(error))]
    data = json_object(payload)
    if isinstance(data, str):
        return DEFAULTS, [_set_aside(path, data)]
    messages: list[str] = []
    plan = replace(DEFAULTS.plan, **_values(data, PLAN_KEYS, messages))
    log = replace(DEFAULTS.log, **_values(data, LOG_KEYS, messages))
    return PlanFile(plan, log), [f"plan file {path}: {message}" for message in messages]


def _set_aside(path: Path, why: str) -> str:
    try:
        bad = move_aside(path)
    except OSError as error:
        return (
            f"plan file {path} was unreadable ({why}); could not move it aside ({error}); no plan"
        )
    return f"plan file {path} was unreadable ({why}); moved to {bad}; no plan"


def plan_json(state: PlanFile) -> dict[str, Any]:
    plan, log = state.plan, state.log
    return {
        "version": FORMAT_VERSION,
        "routine": plan.routine_id,
        "weekdays": [WEEKDAYS[day] for day in sorted(plan.weekdays)],
        "time": plan.at.strftime("%H:%M"),
        "enabled": plan.enabled,
        "autostart": plan.autostart,
        "since": plan.since.isoformat() if plan.since else None,
        "reminded_on": log.reminded_on.isoformat() if log.reminded_on else None,
        "missed_told_from": log.missed_told_from.isoformat() if log.missed_told_from else None,
        "tray_told": log.tray_told,
    }


def save_plan(path: Path, state: PlanFile) -> None:
    """Atomic and private (0600): when someone exercises is health data too."""
    write_private_text(path, json.dumps(plan_json(state), indent=2) + "\n")
