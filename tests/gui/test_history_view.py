"""The History page on a real store: a first week and seven weeks of rising pain."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backcoach.coach.trends import IsoWeek
from backcoach.model import Dose, Sides
from backcoach.store.history import (
    HistoryStore,
    HurtEvent,
    ItemOutcome,
    ItemRecord,
    PainMoment,
    RoutineSnapshot,
    SessionStatus,
    SnapshotItem,
)
from backcoach.ui.history.pain_chart import Change
from backcoach.ui.history.view import HistoryView, SaveAs, SaveProblem

CET = timezone(timedelta(hours=1), "CET")
GENTLE = RoutineSnapshot(
    "gentle-start",
    "Gentle start",
    (
        SnapshotItem("pelvic-tilt", "Pelvic tilt", Dose(reps=10)),
        SnapshotItem("cat-camel", "Cat-camel", Dose(reps=8)),
        SnapshotItem("bridge", "Bridge", Dose(sets=2, reps=8, hold_s=3.0, rest_s=30.0)),
        SnapshotItem("knee-to-chest", "Knee to chest", Dose(reps=2, hold_s=20.0, sides=Sides.EACH)),
    ),
)
FIRST_MONDAY = date(2025, 3, 3)  # ISO week 2025-W10
FIRST_WEEK_TODAY = date(2025, 3, 9)  # the Sunday: no session yet today
RISING_MONDAY = date(2025, 1, 6)  # 2025-W02
RISING_TODAY = date(2025, 2, 23)  # the Sunday of the seventh week
# Pain before each session (Mon, Wed, Fri) of the seven weeks: weekly means 3.0, 3.3,
# 3.3, 4.3, 4.7, 5.3, 6.3. Week 4 (27 Jan) is the first 30 % above the first week.
RISING_PAIN = ((3, 3, 3), (3, 4, 3), (3, 3, 4), (4, 4, 5), (5, 4, 5), (5, 6, 5), (6, 6, 7))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CET)


def item(
    position: int, recorded_at: datetime, outcome: ItemOutcome = ItemOutcome.COMPLETED
) -> ItemRecord:
    planned = GENTLE.items[position]
    done = outcome is ItemOutcome.COMPLETED
    return ItemRecord(
        position=position,
        exercise_id=planned.exercise_id,
        exercise_name=planned.exercise_name,
        outcome=outcome,
        planned_sets=planned.dose.sets,
        planned_reps=planned.dose.reps,
        planned_hold_s=planned.dose.hold_s,
        planned_duration_s=None,
        done_sets=planned.dose.sets if done else 0,
        done_reps=planned.dose.sets * planned.dose.reps if done else 3,
        recorded_at=recorded_at,
    )


@dataclass(frozen=True)
class Day:
    day: date
    minutes: int
    before: int
    after: int | None = None
    next_day: int | None = None
    hurt_at_item: int | None = None  # "this hurts" during this item, which then stopped
    interrupted_after_items: int | None = None  # the app died after this many items


FIRST_WEEK = (
    Day(FIRST_MONDAY, 14, before=5, after=4, next_day=4),
    Day(FIRST_MONDAY + timedelta(days=1), 15, before=5, after=3, next_day=4),
    # Planned 18 minutes; the app died after two items, 9 minutes in.
    Day(FIRST_MONDAY + timedelta(days=2), 18, before=6, interrupted_after_items=2),
    Day(FIRST_MONDAY + timedelta(days=3), 12, before=5, after=5, next_day=5, hurt_at_item=2),
    Day(FIRST_MONDAY + timedelta(days=5), 15, before=4, after=3),
)


def record_day(store: HistoryStore, plan: Day) -> None:
    """One session as the app records it: start, pain, items as they end, finish."""
    start = at(plan.day, 18)
    session = store.start_session(GENTLE, started_at=start)
    store.record_pain(session, PainMoment.BEFORE, plan.before)
    items = len(GENTLE.items)
    if plan.interrupted_after_items is not None:
        items = plan.interrupted_after_items
    step = timedelta(minutes=plan.minutes) / len(GENTLE.items)
    for position in range(items):
        outcome = ItemOutcome.COMPLETED
        if position == plan.hurt_at_item:
            outcome = ItemOutcome.PARTIAL
            store.record_hurt(
                session,
                HurtEvent(
                    at=start + step * position + timedelta(minutes=1),
                    exercise_id=GENTLE.items[position].exercise_id,
                    item_position=position,
                    sharp=False,
                    spreading=False,
                    stopped_exercise=True,
                ),
            )
        store.record_item(session, item(position, start + step * (position + 1), outcome))
    if plan.interrupted_after_items is not None:
        return  # no finish: the process is gone; the next opening marks it interrupted
    store.finish_session(
        session, SessionStatus.COMPLETED, ended_at=start + timedelta(minutes=plan.minutes)
    )
    if plan.after is not None:
        store.record_pain(session, PainMoment.AFTER, plan.after)
    if plan.next_day is not None:
        store.record_pain(session, PainMoment.NEXT_DAY, plan.next_day)


def first_week_store(folder: Path) -> HistoryStore:
    """The first week, on a file: an interrupted session is one whose process died, which
    only reopening the history finds out."""
    path = folder / "history.sqlite3"
    with HistoryStore.open(path, is_owner_alive=lambda *_: True) as store:
        for plan in FIRST_WEEK:
            record_day(store, plan)
    return HistoryStore.open(path, is_owner_alive=lambda *_: False)


def rising_store() -> HistoryStore:
    store = HistoryStore.in_memory_only()
    for week, pains in enumerate(RISING_PAIN):
        for offset, before in zip((0, 2, 4), pains, strict=True):
            day = RISING_MONDAY + timedelta(days=7 * week + offset)
            record_day(
                store, Day(day, 20, before=before, after=max(0, before - 1), next_day=before)
            )
    return store


@pytest.fixture(autouse=True)
def no_history_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """As tests/gui/conftest.py does for the other dialogs: a test that expects one answers it."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args} {kwargs}")

    monkeypatch.setattr(SaveAs, "ask", refuse)
    monkeypatch.setattr(SaveProblem, "show", refuse)


@pytest.fixture
def first_week(tmp_path: Path) -> Iterator[HistoryStore]:
    with first_week_store(tmp_path) as store:
        yield store


@pytest.fixture
def rising() -> Iterator[HistoryStore]:
    with rising_store() as store:
        yield store


def make_view(qtbot: QtBot, store: HistoryStore, today: date) -> HistoryView:
    view = HistoryView(store, lambda: today, CET)
    qtbot.addWidget(view)
    return view


def table_rows(view: HistoryView, name: str) -> list[list[str]]:
    table = view.sessions_table if name == "sessions" else view.minutes_table
    rows = []
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows


def answer_save(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The file dialog answers ``target``; returns the problems shown (none expected)."""
    monkeypatch.setattr(SaveAs, "ask", classmethod(lambda cls, *args: target))
    shown: list[str] = []
    monkeypatch.setattr(
        SaveProblem, "show", classmethod(lambda cls, parent, title, message: shown.append(message))
    )
    return shown


# --- what the page shows ------------------------------------------------------------------


def test_the_first_week(qtbot: QtBot, first_week: HistoryStore) -> None:
    view = make_view(qtbot, first_week, FIRST_WEEK_TODAY)
    assert view.pages.currentIndex() == 1
    # Mon-Thu in a row, Friday missed, Saturday done; Sunday is not over yet.
    assert view.current_streak.text() == "1 day"
    assert view.longest_streak.text() == "4 days"
    assert view.this_week.text() == "65 min"  # 14 + 15 + 9 (to the last item) + 12 + 15
    assert table_rows(view, "minutes") == [["This week", "5", "65"]]
    assert view.calendar.marked_days() == {p.day for p in FIRST_WEEK}
    assert view.calendar.day_text.text() == "Sunday 9 March: no session."

    rows = table_rows(view, "sessions")
    assert [row[0] for row in rows] == [
        "Sat 8 Mar, 18:00",
        "Thu 6 Mar, 18:00",
        "Wed 5 Mar, 18:00",
        "Tue 4 Mar, 18:00",
        "Mon 3 Mar, 18:00",
    ]
    assert rows[2] == ["Wed 5 Mar, 18:00", "Gentle start", "9", "Interrupted", "6 → –", "–"]
    assert rows[1] == [
        "Thu 6 Mar, 18:00",
        "Gentle start",
        "12",
        "Completed, 1 “this hurts”",
        "5 → 5",
        "5",
    ]
    assert rows[4][4:] == ["5 → 4", "4"]

    (week,) = view.chart.data.weeks
    assert week.week == IsoWeek(2025, 10)
    assert week.before == pytest.approx(5.0)  # (5 + 5 + 6 + 5 + 4) / 5
    assert week.after == pytest.approx(3.75)
    assert view.chart.data.marks == ()
    assert view.advice.isHidden()
    assert "Before sessions: 5.0. After sessions: 3.8." in view.chart.accessibleDescription()
    assert view.chart_summary.text() == view.chart.accessibleDescription()


def test_the_calendar_says_what_a_chosen_day_holds(qtbot: QtBot, first_week: HistoryStore) -> None:
    view = make_view(qtbot, first_week, FIRST_WEEK_TODAY)
    view.calendar.calendar.setSelectedDate(view.calendar.calendar.selectedDate().addDays(-4))
    assert view.calendar.day_text.text() == "Wednesday 5 March: 1 session, 9 min."
    assert "5 in March 2025" in view.calendar.calendar.accessibleDescription()


def test_rising_pain_is_marked_where_it_became_meaningful(
    qtbot: QtBot, rising: HistoryStore
) -> None:
    view = make_view(qtbot, rising, RISING_TODAY)
    data = view.chart.data
    assert [w.week for w in data.weeks] == [IsoWeek(2025, n) for n in range(2, 9)]
    assert [round(w.before or 0, 1) for w in data.weeks] == [3.0, 3.3, 3.3, 4.3, 4.7, 5.3, 6.3]
    (mark,) = data.marks
    assert (mark.index, mark.week, mark.change) == (3, IsoWeek(2025, 5), Change.RISE)
    assert (mark.baseline, round(mark.value, 1)) == (3.0, 4.3)
    assert "Meaningful rise in the week of 27 Jan: 4.3, against 3.0" in view.chart_summary.text()


def test_rising_pain_brings_the_advice(qtbot: QtBot, rising: HistoryStore) -> None:
    view = make_view(qtbot, rising, RISING_TODAY)
    assert not view.advice.isHidden()
    text = view.advice.text()
    assert "Please see a clinician" in text
    assert "keeps rising" in text
    assert "from 3.3 in the week of 20 Jan to 6.3 in the week of 17 Feb" in text
    assert "After 7 weeks of practice your pain before sessions has not clearly improved" in text


def test_minutes_per_week_show_the_last_weeks_newest_first(
    qtbot: QtBot, rising: HistoryStore
) -> None:
    view = make_view(qtbot, rising, RISING_TODAY + timedelta(days=14))  # two weeks off since
    rows = table_rows(view, "minutes")
    assert len(rows) == 8
    assert rows[0] == ["This week", "0", "0"]
    assert rows[1] == ["24 Feb", "0", "0"]
    assert rows[2] == ["17 Feb", "3", "60"]
    assert view.this_week.text() == "0 min"
    assert view.current_streak.text() == "0 days"
    assert view.longest_streak.text() == "1 day"


def test_an_empty_history_is_a_friendly_page(qtbot: QtBot) -> None:
    with HistoryStore.in_memory_only() as store:
        view = make_view(qtbot, store, FIRST_WEEK_TODAY)
        assert view.pages.currentWidget() is view.empty
        assert "No sessions yet" in view.empty.text()
        assert not view.export_button.isEnabled()
        assert not view.report_button.isEnabled()

        record_day(store, FIRST_WEEK[0])
        view.refresh()
        assert view.pages.currentIndex() == 1
        assert view.export_button.isEnabled()
        assert view.report_button.isEnabled()
        assert view.longest_streak.text() == "1 day"


def test_a_running_session_is_listed_but_not_counted(qtbot: QtBot) -> None:
    with HistoryStore.in_memory_only() as store:
        record_day(store, FIRST_WEEK[0])
        store.start_session(GENTLE, started_at=at(FIRST_MONDAY + timedelta(days=1), 7))
        view = make_view(qtbot, store, FIRST_MONDAY + timedelta(days=1))
        rows = table_rows(view, "sessions")
        assert rows[0][2:4] == ["–", "Under way"]
        assert view.this_week.text() == "14 min"
        assert view.current_streak.text() == "1 day"


def test_every_part_is_reached_with_the_keyboard(qtbot: QtBot, rising: HistoryStore) -> None:
    view = make_view(qtbot, rising, RISING_TODAY)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.export_button.setFocus()
    reached: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    wanted = [
        view.export_button,
        view.report_button,
        view.advice,
        view.minutes_table,
        view.chart,
        view.sessions_table,
    ]
    for widget in wanted:
        assert widget in reached, widget.objectName()
    assert any(view.calendar.calendar.isAncestorOf(w) for w in reached)
    assert view.export_button.text() == "E&xport CSV…"
    assert view.report_button.text() == "Report for your &clinician (PDF)…"
    view.close()


# --- export -------------------------------------------------------------------------------


def test_csv_export_writes_sessions_and_items(
    qtbot: QtBot, first_week: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "my history.csv"
    target.parent.mkdir()
    shown = answer_save(monkeypatch, target)
    view = make_view(qtbot, first_week, FIRST_WEEK_TODAY)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert shown == []
    with target.open(newline="", encoding="utf-8") as file:
        sessions = list(csv.DictReader(file))
    assert [row["status"] for row in sessions] == [
        "completed",
        "completed",
        "interrupted",
        "completed",
        "completed",
    ]
    assert [row["pain_before"] for row in sessions] == ["5", "5", "6", "5", "4"]
    assert sessions[3]["hurt_events"] == "1"
    assert sessions[0]["started_at"] == "2025-03-03T18:00:00+01:00"  # in the user's zone
    items_file = target.with_name("my history-items.csv")
    with items_file.open(newline="", encoding="utf-8") as file:
        items = list(csv.DictReader(file))
    assert len(items) == 4 + 4 + 2 + 4 + 4
    assert {row["outcome"] for row in items} == {"completed", "partial"}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "my history-items.csv",
        "my history.csv",
    ]
    assert "Saved" in view.notice.text()
    assert not view.notice.isHidden()


def test_a_name_without_suffix_gets_csv(
    qtbot: QtBot, first_week: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save(monkeypatch, tmp_path / "history")
    view = make_view(qtbot, first_week, FIRST_WEEK_TODAY)
    assert view.export_csv()
    assert (tmp_path / "history.csv").is_file()
    assert (tmp_path / "history-items.csv").is_file()


def test_cancelling_the_dialog_writes_nothing(
    qtbot: QtBot, first_week: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SaveAs, "ask", classmethod(lambda cls, *args: None))
    view = make_view(qtbot, first_week, FIRST_WEEK_TODAY)
    before = set(tmp_path.iterdir())
    assert not view.export_csv()
    assert not view.save_report()
    assert set(tmp_path.iterdir()) == before
    assert view.notice.isHidden()


def unwritable_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # root writes anyway
        folder.chmod(0o755)
        pytest.skip("this user can write into a read-only folder (root)")
    return folder


@pytest.mark.parametrize("where", ["read-only folder", "folder is a file"])
def test_an_unwritable_target_says_so_and_writes_nothing(
    qtbot: QtBot,
    first_week: HistoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    if where == "read-only folder":
        folder = unwritable_folder(tmp_path)
    else:
        folder = tmp_path / "not-a-folder"
        folder.write_text("a file where the folder should be\n", encoding="utf-8")
    shown = answer_save(monkeypatch, folder / "history.csv")
    view = make_view(qtbot, first_week, FIRST_WEEK_TODAY)
    assert not view.export_csv()
    (message,) = shown
    assert message.startswith(f"history.csv could not be saved in {folder}: ")
    assert "Nothing was written" in message
    assert view.notice.text() == message
    if folder.is_dir():
        assert list(folder.iterdir()) == []
        folder.chmod(0o755)
