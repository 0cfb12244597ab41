"""Check-ins by keyboard, "this hurts", and the history a played session leaves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.history import ItemOutcome, RoutineSnapshot, SessionStatus
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.control import Stage
from backcoach.ui.session.hurt import HurtAnswer, HurtQuestion

Key = Qt.Key


def test_pain_before_and_after_by_one_key_and_the_session_is_kept(
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    new_player: Callable[[MainWindow], Any],
) -> None:
    window = open_window(tiny_library)
    player = new_player(window)
    history = window.services.history
    assert window.start_routine(tiny_library.routines["tiny"])
    assert window.session.stage is Stage.GETTING_READY
    player.press(Key.Key_4)
    assert window.player.intro.pain.value == 4
    assert window.player.intro.pain.group.checkedId() == 4
    assert history.sessions() == ()  # nothing is kept of a session not yet begun
    player.press(Key.Key_Return)  # start now
    assert window.session.stage is Stage.RUNNING
    [running] = history.sessions()
    assert (running.status, running.pain_before) == (SessionStatus.RUNNING, 4)

    machine = window.session.machine
    assert machine is not None
    player.walk_to(len(machine.timeline.steps) - 1, into=0.1)
    assert window.session.stage is Stage.ENDED
    # "10" is two keys, 1 then 0; the 1 counts until the 0 makes it 10.
    player.press(Key.Key_1)
    assert window.player.summary.pain.value == 1
    player.press(Key.Key_0)
    assert window.player.summary.pain.value == 10
    [done] = history.sessions()
    assert done.status is SessionStatus.COMPLETED
    assert (done.pain_before, done.pain_after) == (4, 10)
    assert [(i.exercise_id, i.outcome) for i in done.items] == [
        ("lift", ItemOutcome.COMPLETED),
        ("reach", ItemOutcome.COMPLETED),
    ]
    assert (done.items[0].done_sets, done.items[0].done_reps) == (2, 4)


def test_digits_do_nothing_while_the_session_runs(running: Any) -> None:
    window = running.window
    running.press(Key.Key_7)
    assert window.player.intro.pain.value is None
    assert window.player.summary.pain.value is None
    assert window.session.stage is Stage.RUNNING


@pytest.mark.parametrize(
    ("answer", "stops"),
    [(HurtAnswer.SPREADING, True), (HurtAnswer.SHARP, True), (HurtAnswer.DULL, False)],
)
def test_this_hurts_pauses_asks_and_stops_the_exercise_when_it_must(
    running: Any,
    speaker: RecordingSpeaker,
    monkeypatch: pytest.MonkeyPatch,
    answer: HurtAnswer,
    stops: bool,
) -> None:
    window = running.window
    session = window.session
    running.walk_to(2, into=1.0)  # the first hold of Lift
    asked: list[tuple[str, Stage]] = []

    def ask(_parent: QWidget | None, exercise: str) -> HurtAnswer:
        asked.append((exercise, session.stage))
        running.tick(20.0)  # answered at leisure: the session must not run on meanwhile
        return answer

    monkeypatch.setattr(HurtQuestion, "ask", ask)
    running.press(Key.Key_H)
    assert asked == [("Lift", Stage.PAUSED)]
    machine = session.machine
    assert machine is not None
    if stops:
        assert machine.step.item == 1  # on to Reach: Lift is left out today
        [said] = speaker.previews
        assert said.startswith("Stopping Lift.") and "down your leg" in said
        assert window.player.live.caption.text().strip("“”") == said
        # It waits for the user: nothing else is said over it.
        texts = list(speaker.texts)
        running.tick(30.0)
        assert session.stage is Stage.PAUSED and speaker.texts == texts
        running.press(Key.Key_Space)
        assert session.stage is Stage.RUNNING
        assert speaker.texts[len(texts)] == "Well done. Rest for six seconds."
    else:
        assert session.stage is Stage.RUNNING  # an ache: it goes on as it was
        assert machine.step.index == 2 and speaker.previews == []
    [record] = window.services.history.sessions()
    [hurt] = record.hurts
    assert (hurt.exercise_id, hurt.item_position, hurt.stopped_exercise) == ("lift", 0, stops)
    assert (hurt.sharp, hurt.spreading) == (
        answer is HurtAnswer.SHARP,
        answer is HurtAnswer.SPREADING,
    )
    if stops:
        [lift] = record.items
        assert lift.outcome is ItemOutcome.PARTIAL and lift.done_reps == 0


def test_this_hurts_dismissed_changes_nothing(
    running: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = running.window
    running.walk_to(2, into=1.0)
    remaining = window.session.machine.step_remaining(running.clock())

    def never_mind(_parent: QWidget | None, _exercise: str) -> Any:
        return None

    monkeypatch.setattr(HurtQuestion, "ask", never_mind)
    running.press(Key.Key_H)
    assert window.session.stage is Stage.RUNNING
    machine = window.session.machine
    assert machine is not None and machine.step.index == 2
    assert machine.step_remaining(running.clock()) == pytest.approx(remaining)
    [record] = window.services.history.sessions()
    assert record.hurts == ()
    assert window.keys.hurts.isEnabled()
    window.session.stop()
    assert not window.keys.hurts.isEnabled()  # only while a session runs


def test_the_day_after_a_session_one_key_answers_how_the_back_is(
    open_window: Callable[[Library], MainWindow], tiny_library: Library, qtbot: QtBot
) -> None:
    window = open_window(tiny_library)
    history = window.services.history
    local_now = window.services.wall_clock().astimezone()
    # Yesterday at noon on the user's calendar, and one of today that is not asked about.
    yesterday = datetime.combine(local_now.date() - timedelta(days=1), time(12), local_now.tzinfo)
    snapshot = RoutineSnapshot("tiny", "Tiny routine", ())
    done = history.start_session(snapshot, yesterday)
    history.finish_session(done, SessionStatus.COMPLETED, yesterday + timedelta(minutes=10))
    today = history.start_session(snapshot, local_now - timedelta(seconds=1))
    history.finish_session(today, SessionStatus.STOPPED, local_now)

    window.ask_next_day()
    band = window.next_day
    assert band is not None and band.isVisible()
    assert [record.id for record in band.sessions] == [done]
    assert "“Tiny routine”" in band.scale.question.text()  # in English quotation marks
    qtbot.keyClick(band.scale, Key.Key_3)
    record = history.session(done)
    assert record is not None and record.pain_next_day == 3
    other = history.session(today)
    assert other is not None and other.pain_next_day is None
    qtbot.waitUntil(lambda: not band.isVisible(), timeout=5000)
    window.ask_next_day()  # answered: not asked again
    assert window.next_day is band and not band.isVisible()


def test_no_band_when_nothing_is_waiting(
    open_window: Callable[[Library], MainWindow], tiny_library: Library
) -> None:
    window = open_window(tiny_library)
    window.ask_next_day()
    assert window.next_day is None
