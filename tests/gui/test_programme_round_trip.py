"""Issue 13's "done when", end to end: a physiotherapist's programme entered on one machine
(an own exercise and a routine built in the editor), exported to a file, imported on
another machine with `backcoach import`, reminded of there the next day, and followed."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.own_exercise import KNEE_HUG

from backcoach.app import app_icon
from backcoach.cli import main as cli_main
from backcoach.content.exercise_writer import write_exercise
from backcoach.content.library import Library, load_content
from backcoach.content.routine_draft import new_draft
from backcoach.content.sharing.exporting import export_item
from backcoach.model import (
    DoseOverride,
    RestItem,
    RoutineItem,
)
from backcoach.store.history import SessionStatus
from backcoach.store.paths import AppPaths
from backcoach.store.plan import Plan, PlanFile, ReminderLog
from backcoach.ui.editor.routine_editor import RoutineEditor
from backcoach.ui.editor.routine_items_model import EXERCISE_ID_ROLE
from backcoach.ui.main_window import MainWindow
from backcoach.ui.reminders.coordinator import Reminders
from backcoach.ui.reminders.keeper import PlanKeeper
from backcoach.ui.reminders.tray import Tray
from backcoach.ui.session.control import Stage
from backcoach.ui.session.services import SessionServices

pytestmark = pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "This plugin does not support raise", extend=True
)

ZONE = timezone(timedelta(hours=1))
FIRST_DAY = date(2026, 3, 2)


class RecordingTray(Tray):
    def __init__(self) -> None:
        super().__init__(app_icon())
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.messages.append((title, text))


def pick(qtbot: QtBot, editor: RoutineEditor, exercise_id: str) -> None:
    proxy = editor.picker_proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(EXERCISE_ID_ROLE) == exercise_id
    )
    editor.picker.setCurrentIndex(proxy.index(row, 0))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, editor: RoutineEditor, field: str, text: str) -> None:
    fields = editor.item_fields
    target = fields.rest if field == "rest" else fields.fields[field]
    target.edit.clear()
    qtbot.keyClicks(target.edit, text)


def test_a_programme_travels_to_another_machine_and_a_reminder_brings_the_user_back(  # noqa: PLR0917
    qtbot: QtBot,
    tmp_path: Path,
    paths: AppPaths,
    services: SessionServices,
    open_window: Callable[[Library], MainWindow],
    new_player: Callable[[MainWindow], object],
) -> None:
    # -- machine A: the physio's sheet entered ------------------------------------------
    first = AppPaths(tmp_path / "a", tmp_path / "a" / "config", tmp_path / "a" / "cache")
    write_exercise(KNEE_HUG, first.exercises_dir)  # the form's keyboard entry: test_exercise_form
    library_a = load_content(first)
    assert "knee-hug-one-leg" in library_a.exercises
    editor = RoutineEditor(
        new_draft("My physio plan", "From the physiotherapist, 2 March."),
        library_a.exercises,
        first.routines_dir,
        library_a.routines.__contains__,
    )
    editor.show()
    qtbot.waitExposed(editor)
    for exercise_id in ("pelvic-tilt", "knee-hug-one-leg", "bridge"):
        pick(qtbot, editor, exercise_id)
    editor.items.setCurrentIndex(editor.items_model.index(0, 0))
    type_into(qtbot, editor, "reps", "12")
    editor.items.setCurrentIndex(editor.items_model.index(0, 0))
    qtbot.mouseClick(
        editor.findChild(type(editor.add_button), "addRest"), Qt.MouseButton.LeftButton
    )
    type_into(qtbot, editor, "rest", "45")
    editor.items.setCurrentIndex(editor.items_model.index(3, 0))
    type_into(qtbot, editor, "sets", "2")
    saved = editor.save()
    editor.undo_stack.setClean()
    editor.close()
    assert saved is not None
    assert saved.entries == (
        RoutineItem("pelvic-tilt", DoseOverride(reps=12)),
        RestItem(45.0, before=1),
        RoutineItem("knee-hug-one-leg"),
        RoutineItem("bridge", DoseOverride(sets=2)),
    )

    # -- exported to one file (and the own exercise it needs beside it) -----------------
    share = tmp_path / "to-send" / "physio.toml"
    share.parent.mkdir()
    exported = export_item(load_content(first), saved.id, share)
    assert {file.item_id for file in exported} == {saved.id, "knee-hug-one-leg"}

    # -- machine B: imported on the command line ----------------------------------------
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(
        ["--data-dir", str(paths.data_dir), "import", *(str(f.path) for f in exported)],
        out=out,
        err=err,
    )
    assert code == 0, err.getvalue()
    library_b = load_content(paths)
    there = library_b.routines[saved.id]
    assert replace(there, origin="") == replace(saved, origin="")
    assert replace(library_b.exercises["knee-hug-one-leg"], origin="") == replace(
        KNEE_HUG, origin=""
    )

    # -- a daily plan at 18:00; the next day, at the time, the reminder; one click --------
    clock_now = [datetime.combine(FIRST_DAY, time(17, 0), ZONE)]
    plan = Plan(saved.id, frozenset(range(7)), time(18, 0), enabled=True, since=FIRST_DAY)
    keeper = PlanKeeper(PlanFile(plan, ReminderLog()), paths.plan_file, lambda: clock_now[0])
    services.plan = keeper
    services.wall_clock = lambda: clock_now[0].astimezone(UTC)
    window = open_window(library_b)
    tray = RecordingTray()
    reminders = Reminders(keeper, services.history, tray, quit_app=lambda: None)
    try:
        reminders.attach(window)
        reminders.start()
        next_day = FIRST_DAY + timedelta(days=1)
        clock_now[0] = datetime.combine(next_day, time(18, 0), ZONE)
        reminders.timer.check()
        assert [title for title, _text in tray.messages][-1] == "Time for your back exercises"
        assert "My physio plan" in tray.messages[-1][1]
        tray.messageClicked.emit()
        assert window.session_active
        timeline = window.session.timeline
        assert timeline is not None and timeline.routine.id == saved.id

        # -- followed to the end: the session is in machine B's history ---------------
        player = new_player(window)
        qtbot.keyClick(window, Qt.Key.Key_Return)  # start now, past the countdown
        assert window.session.stage is Stage.RUNNING
        machine = window.session.machine
        assert machine is not None
        player.walk_to(len(machine.timeline.steps) - 1, into=0.1)  # type: ignore[attr-defined]
        assert window.session.stage is Stage.ENDED
        [done] = services.history.sessions()
        assert (done.routine_id, done.status) == (saved.id, SessionStatus.COMPLETED)
        assert [item.exercise_id for item in done.items] == [
            "pelvic-tilt",
            "knee-hug-one-leg",
            "bridge",
        ]
    finally:
        reminders.close()
        window.tray = None
        QApplication.processEvents()
