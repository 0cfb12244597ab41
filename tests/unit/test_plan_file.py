"""The plan file: defaults, validation one value at a time, bad files set aside, private saves."""

from __future__ import annotations

import json
import stat
from datetime import date, time
from pathlib import Path

import pytest

from backcoach.store.paths import resolve_paths
from backcoach.store.plan import DEFAULTS, Plan, PlanFile, ReminderLog, load_plan, save_plan


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return resolve_paths(tmp_path / "data", {}).plan_file


def write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_no_file_means_no_plan(path: Path) -> None:
    state, messages = load_plan(path)
    assert (state, messages) == (DEFAULTS, [])
    assert not state.plan.enabled
    assert path.parent.name == "data"  # with the history, in the data folder


def test_a_saved_plan_reads_back_the_same_and_only_its_owner_can_read_it(path: Path) -> None:
    state = PlanFile(
        Plan("desk-break", frozenset({0, 2, 4}), time(7, 45), True, True, date(2026, 3, 2)),
        ReminderLog(date(2026, 3, 4), date(2026, 3, 3), tray_told=True),
    )
    save_plan(path, state)
    assert load_plan(path) == (state, [])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["weekdays"] == ["mon", "wed", "fri"]
    assert saved["time"] == "07:45"
    assert [p.name for p in path.parent.iterdir()] == ["plan.json"]  # no temporary left


def test_each_bad_value_costs_only_itself(path: Path) -> None:
    write(
        path,
        {
            "routine": "core-and-glutes",
            "weekdays": ["mon", "funday"],
            "time": "25:00",
            "enabled": "yes",
            "autostart": True,
            "since": "yesterday",
            "reminded_on": "2026-03-04",
            "tray_told": 1,
        },
    )
    state, messages = load_plan(path)
    assert state.plan == Plan(routine_id="core-and-glutes", autostart=True)
    assert state.log == ReminderLog(reminded_on=date(2026, 3, 4))
    assert len(messages) == 5
    assert all(message.startswith(f"plan file {path}: ") for message in messages)
    assert any("weekdays" in m for m in messages) and any("HH:MM" in m for m in messages)


@pytest.mark.parametrize("content", ["", "{", "[1, 2]", "\xff\xfe", "null"])
def test_a_bad_file_is_moved_aside_and_the_plan_is_off(path: Path, content: str) -> None:
    write(path, content)
    state, messages = load_plan(path)
    assert state == DEFAULTS
    assert len(messages) == 1 and "plan.json.bad" in messages[0]
    assert not path.exists()
    assert path.with_name("plan.json.bad").read_text(encoding="utf-8") == content
    assert load_plan(path) == (DEFAULTS, [])  # and next time all is quiet


def test_a_folder_in_its_place_is_moved_aside_too(path: Path) -> None:
    path.mkdir(parents=True)
    state, messages = load_plan(path)
    assert state == DEFAULTS and "moved to" in messages[0]
    assert path.with_name("plan.json.bad").is_dir()


def test_planned_days_begin_with_the_plan() -> None:
    plan = Plan(weekdays=frozenset({0}), enabled=True, since=date(2026, 3, 9))  # a Monday
    assert not plan.planned_on(date(2026, 3, 2))  # a Monday before the plan
    assert plan.planned_on(date(2026, 3, 9))
    assert not plan.planned_on(date(2026, 3, 10))  # a Tuesday
    assert not Plan(enabled=False).planned_on(date(2026, 3, 9))
