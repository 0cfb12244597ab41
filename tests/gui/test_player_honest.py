"""The player tells the truth and is safe on the floor: an honest summary, a stop that asks,
a mute button that shows the sound, and a list of keys that holds the session."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.session.machine import SessionMachine
from backcoach.session.plan import Side, Step, StepKind, Timeline, plan_routine
from backcoach.ui.player.key_help import BACKGROUND
from backcoach.ui.player.summary import SummaryPage
from backcoach.ui.session.control import Stage
from backcoach.ui.session.messages import StopSessionQuestion
from backcoach.ui.translators import Translators


def step_of(player: Any, **fields: object) -> Step:
    """The first step of the running session's plan with these values."""
    timeline: Timeline = player.window.session.timeline
    return next(
        s
        for s in timeline.steps
        if all(getattr(s, name) == value for name, value in fields.items())
    )


# -- the summary -----------------------------------------------------------------------


def test_a_stop_after_part_of_the_work_says_how_much_of_it(
    running: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    player = running
    second_set = step_of(player, exercise_id="lift", kind=StepKind.MOVE, set_no=2, rep_no=1)
    player.walk_to(second_set.index, into=1.0)
    player.press(Qt.Key.Key_Right)  # the rest of the second set, skipped
    monkeypatch.setattr(StopSessionQuestion, "ask", lambda _parent, _reason: True)
    player.window.keys.stop.trigger()
    page = player.window.player.summary
    active = player.window.player.last_summary.active_s
    minutes, seconds = divmod(round(active), 60)
    assert page.heading.text() == f"Stopped after {minutes}:{seconds:02d}"
    text = page.body.text()
    assert "Lift: 1 of 2 sets (2 of 4 reps)" in text
    assert "Reach: not reached" in text
    assert "complete" not in page.heading.text().lower() and "Well done" not in text


def test_a_session_run_to_its_end_with_a_side_skipped_is_not_complete(running: Any) -> None:
    player = running
    left = step_of(player, exercise_id="reach", kind=StepKind.MOVE, side=Side.LEFT, phase=0)
    player.walk_to(left.index, into=0.5)
    player.press(Qt.Key.Key_Right)  # the left side, skipped at once
    player.walk_to(len(player.window.session.timeline.steps) - 1)
    summary = player.window.player.last_summary
    assert summary is not None and summary.finished and not summary.complete
    page = player.window.player.summary
    assert page.heading.text() == "Session over, some of it skipped"
    assert "Lift: done" in page.body.text()
    assert "Reach: 1 of 2 reps" in page.body.text()


# -- stop asks ---------------------------------------------------------------------------


def test_the_stop_button_asks_and_the_session_waits_while_it_asks(
    running: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    player = running
    session = player.window.session
    hold = step_of(player, exercise_id="lift", kind=StepKind.HOLD, set_no=1, rep_no=1)
    player.walk_to(hold.index, into=1.0)
    remaining = session.machine.step_remaining(player.clock())
    asked: list[tuple[Stage, str]] = []

    def keep_going(_parent: QWidget | None, reason: str) -> bool:
        asked.append((session.stage, reason))
        player.tick(30.0)  # a long look at the question: the hold must not run out
        return False

    monkeypatch.setattr(StopSessionQuestion, "ask", keep_going)
    player.window.player.controls.buttons["stop"].click()
    assert asked == [(Stage.PAUSED, "The summary will show how much you did.")]
    assert session.stage is Stage.RUNNING  # kept: it goes on from where it waited
    assert session.machine.step is hold
    assert session.machine.step_remaining(player.clock()) == pytest.approx(remaining)

    # Paused before: kept, it stays paused.
    player.press(Qt.Key.Key_Space)
    player.window.keys.stop.trigger()
    assert session.stage is Stage.PAUSED and len(asked) == 2

    monkeypatch.setattr(StopSessionQuestion, "ask", lambda _parent, _reason: True)
    player.window.keys.stop.trigger()
    assert session.stage is Stage.ENDED


def test_stopping_the_get_ready_countdown_asks_too(
    running: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    player = running
    session = player.window.session
    session.stop()
    assert player.window.start_routine_id("tiny")
    stages: list[Stage] = []

    def keep_going(_parent: QWidget | None, _reason: str) -> bool:
        stages.append(session.stage)
        assert session.paused  # the countdown waits too
        return False

    monkeypatch.setattr(StopSessionQuestion, "ask", keep_going)
    player.window.keys.stop.trigger()
    assert stages == [Stage.GETTING_READY]
    assert session.stage is Stage.GETTING_READY and not session.paused


# -- mute shows the sound ------------------------------------------------------------------


def test_the_mute_button_shows_whether_the_sound_is_on(running: Any) -> None:
    player = running
    mute = player.window.keys.mute
    controls = player.window.player.controls
    button = controls.buttons["mute"]
    assert (mute.text(), button.isChecked()) == ("Sound on", False)
    assert button.icon().cacheKey() == controls.sound_icons[False].cacheKey()
    player.press(Qt.Key.Key_M)
    assert (mute.text(), button.isChecked()) == ("Muted", True)
    assert button.icon().cacheKey() == controls.sound_icons[True].cacheKey()
    assert player.window.services.settings.settings.muted
    player.press(Qt.Key.Key_M)
    assert (mute.text(), button.isChecked()) == ("Sound on", False)
    assert not player.window.services.settings.settings.muted


# -- the list of keys ------------------------------------------------------------------------


def test_the_list_of_keys_holds_the_session_while_it_shows(running: Any) -> None:
    player = running
    session = player.window.session
    help_overlay = player.window.player.help
    player.walk_to(2, into=0.5)
    remaining = session.machine.step_remaining(player.clock())
    player.press(Qt.Key.Key_Question)
    assert help_overlay.isVisible() and session.stage is Stage.PAUSED
    player.tick(60.0)  # reading it takes no time off the step
    assert session.machine.step_remaining(player.clock()) == pytest.approx(remaining)
    player.window.show_page(player.window.routine_list)  # hidden with its page: still held
    assert session.stage is Stage.PAUSED
    player.window.show_page(player.window.player)
    player.press(Qt.Key.Key_Question)
    assert not help_overlay.isVisible() and session.stage is Stage.RUNNING
    # Closed with Esc: the same.
    player.press(Qt.Key.Key_F1)
    assert session.stage is Stage.PAUSED
    player.press(Qt.Key.Key_Escape)
    assert session.stage is Stage.RUNNING

    # Paused by the user first: closing the list leaves it paused.
    player.press(Qt.Key.Key_Space)
    player.press(Qt.Key.Key_Question)
    player.press(Qt.Key.Key_Question)
    assert session.stage is Stage.PAUSED
    # Resumed by the user while it shows: still running after.
    player.press(Qt.Key.Key_Space)
    player.press(Qt.Key.Key_Question)
    player.press(Qt.Key.Key_Space)
    assert session.stage is Stage.RUNNING
    player.press(Qt.Key.Key_Space)  # and paused again by the user: their pause stays
    player.press(Qt.Key.Key_Question)
    assert not help_overlay.isVisible() and session.stage is Stage.PAUSED


def test_the_list_of_keys_is_opaque(running: Any) -> None:
    player = running
    player.press(Qt.Key.Key_Question)
    pane = player.window.player
    image = pane.grab().toImage()
    # A corner, away from the text: the list's own colour, whatever is under it.
    assert image.pixelColor(4, 4).name() == BACKGROUND
    assert image.pixelColor(image.width() - 5, image.height() - 5).name() == BACKGROUND


def test_the_summary_in_german(qtbot: QtBot, qapp: QApplication, tiny_library: Library) -> None:
    timeline = plan_routine(tiny_library.routines["tiny"], tiny_library.exercises)
    machine = SessionMachine(timeline, [])
    machine.start(0.0)
    second_set = next(s for s in timeline.steps if s.set_no == 2 and s.kind is StepKind.MOVE)
    machine.tick(second_set.start + 1.0)
    machine.skip(second_set.start + 1.0)
    machine.stop(second_set.start + 1.0)
    translators = Translators(qapp)
    assert translators.install("de") is None, "run tools/build_translations.py (./run does)"
    try:
        page = SummaryPage()
        qtbot.addWidget(page)
        page.show_summary(machine.summary(), timeline)
        minutes, seconds = divmod(round(second_set.start + 1.0), 60)
        assert page.heading.text() == f"Abgebrochen nach {minutes}:{seconds:02d}"
        assert "Lift: 1 von 2 Sätzen (2 von 4 Wiederholungen)" in page.body.text()
        assert "Reach: nicht erreicht" in page.body.text()
    finally:
        translators.install("en")  # the other tests expect English
