"""A user's first week, as issue #12 puts it: first run, five sessions with check-ins, one
"this hurts", one crash in the middle of a session. It must leave a complete, correct
history, a pain chart and a report a physiotherapist can read."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.safety import pass_safety_check

from backcoach.coach.recorder import SessionRecorder
from backcoach.content.library import Library
from backcoach.session.plan import PlanOptions, StepKind, plan_routine
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.history import HistoryStore, ItemOutcome, SessionStatus
from backcoach.store.paths import AppPaths
from backcoach.store.settings import Settings
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.history.report import ClinicianReport, ReportFacts
from backcoach.ui.history.view import HistoryView
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.safety.first_run import FirstRunDialog
from backcoach.ui.session.control import Stage
from backcoach.ui.session.hurt import HurtAnswer, HurtQuestion
from backcoach.ui.session.services import SessionServices

Key = Qt.Key
MONDAY = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
BEFORE = [5, 5, 6, 4, 4]  # pain before each day's session
AFTER = [4, 3, 6, 3, 2]
NEXT_DAY = [4, 5, 4, 3]  # asked the morning after days 1-4


class WallClock:
    def __init__(self) -> None:
        self.now = MONDAY

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def week_window(
    qtbot: QtBot, tiny_library: Library, paths: AppPaths, clock: Any, tmp_path: Path
) -> Iterator[tuple[MainWindow, WallClock, Path]]:
    wall = WallClock()
    history_file = tmp_path / "data" / "history.sqlite3"
    store = HistoryStore.open(history_file, clock=wall)
    services = SessionServices(
        RecordingSpeaker(),
        SettingsKeeper(Settings(), None),
        RecordingScreenKeeper(),
        clock,
        full_screen=False,
        history=store,
        wall_clock=wall,
    )
    window = MainWindow(tiny_library, paths.window_state_file, services)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window, wall, history_file
    if window.session_active:
        window.session.stop()
    window.close()
    store.close()


def play_day(
    window: MainWindow, wall: WallClock, qtbot: QtBot, clock: Any, day: int, *, hurt: bool
) -> None:
    """One morning: the check-in on yesterday, then the session with its check-ins."""
    wall.now = MONDAY + timedelta(days=day)
    if day > 0:
        window.ask_next_day()
        band = window.next_day
        assert band is not None and band.isVisible()
        qtbot.keyClick(band.scale, Key(Key.Key_0 + NEXT_DAY[day - 1]))
        window.next_day = None  # the band's own timer hides it; tomorrow asks anew
        band.hide()
    assert window.start_routine_id("tiny")
    focus = window.player
    qtbot.keyClick(focus, Key(Key.Key_0 + BEFORE[day]))
    qtbot.keyClick(focus, Key.Key_Return)
    session = window.session
    machine = session.machine
    assert machine is not None and session.stage is Stage.RUNNING
    started = session.clock()
    if hurt:  # in the first hold of Lift: it spreads down the leg
        hold = next(s for s in machine.timeline.steps if s.kind is StepKind.HOLD)
        clock.now = started + hold.start + 1.0
        session.tick()
        qtbot.keyClick(focus, Key.Key_H)
        assert session.stage is Stage.PAUSED
        qtbot.keyClick(focus, Key.Key_Space)
    while session.stage is not Stage.ENDED:
        clock.now = machine.step_end() + 0.001
        wall.now = MONDAY + timedelta(days=day, seconds=clock.now - started)
        session.tick()
    qtbot.keyClick(focus, Key(Key.Key_0 + AFTER[day]))


def test_the_first_week_leaves_a_complete_history_a_chart_and_a_report(  # noqa: PLR0917
    week_window: tuple[MainWindow, WallClock, Path],
    qtbot: QtBot,
    clock: Any,
    tiny_library: Library,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window, wall, history_file = week_window
    first_runs: list[object] = []

    def first_run(store: HistoryStore, *args: object, **kwargs: object) -> object:
        first_runs.append(kwargs.get("review"))
        return pass_safety_check(store)

    monkeypatch.setattr(FirstRunDialog, "ask", first_run)

    def spreading(_parent: QWidget | None, _exercise: str) -> HurtAnswer:
        return HurtAnswer.SPREADING

    monkeypatch.setattr(HurtQuestion, "ask", spreading)
    for day in range(5):
        play_day(window, wall, qtbot, clock, day, hurt=day == 2)
    assert first_runs == [False]  # the check once, on the first day only

    # Day 6: another instance (the machine crashed while it recorded) dies mid-session.
    wall.now = MONDAY + timedelta(days=5)
    timeline = plan_routine(tiny_library.routines["tiny"], tiny_library.exercises, PlanOptions())
    crashed = HistoryStore.open(history_file, clock=wall)
    recorder = SessionRecorder(crashed, timeline, wall)
    recorder.begin()
    crashed.close()  # nothing more is written: as if killed

    history = HistoryStore.open(history_file, clock=wall, is_owner_alive=lambda *_: False)
    sessions = history.sessions()
    assert [s.status for s in sessions] == [SessionStatus.COMPLETED] * 5 + [
        SessionStatus.INTERRUPTED
    ]
    assert [s.pain_before for s in sessions[:5]] == BEFORE
    assert [s.pain_after for s in sessions[:5]] == AFTER
    assert [s.pain_next_day for s in sessions[:4]] == NEXT_DAY
    for number, record in enumerate(sessions[:5]):
        assert record.started_at.date() == (MONDAY + timedelta(days=number)).date()
        assert record.duration_s == pytest.approx(timeline.total_s, abs=60)
        lift, reach = record.items
        assert reach.outcome is ItemOutcome.COMPLETED
        if number == 2:  # stopped for pain in its first hold
            assert lift.outcome is ItemOutcome.PARTIAL and lift.done_reps == 0
            [hurt] = record.hurts
            assert hurt.spreading and hurt.stopped_exercise and hurt.exercise_id == "lift"
        else:
            assert (lift.outcome, lift.done_sets, lift.done_reps) == (
                ItemOutcome.COMPLETED,
                2,
                4,
            )
            assert record.hurts == ()

    today = (MONDAY + timedelta(days=6)).date()
    view = HistoryView(history, lambda: today, UTC)
    view.refresh()
    [week] = [w for w in view.chart.data.weeks if w.sessions]
    assert week.before == pytest.approx(sum(BEFORE) / 5)
    assert week.after == pytest.approx(sum(AFTER) / 5)
    view.deleteLater()

    report = tmp_path / "report.pdf"
    ClinicianReport(ReportFacts.gather(sessions, today, UTC), UTC).save(report)
    data = report.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Tiny routine" in text and "nterrupted" in text
    history.close()
