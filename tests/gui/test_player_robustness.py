"""The player under stress: a busy event loop, a hidden window, closing mid-session, no voice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.speech.captions import CaptionSpeaker
from backcoach.speech.recording import RecordingSpeaker
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.control import Stage
from backcoach.ui.session.messages import StopSessionQuestion
from backcoach.ui.session.services import SessionServices


def test_a_busy_event_loop_loses_no_cue(running: Any, speaker: RecordingSpeaker) -> None:
    """The loop was blocked for over a second (a fake clock jump, then one late tick)."""
    player = running
    player.walk_to(7, into=3.5)  # the rest between the sets; its "One." is due at 40 s
    said = len(speaker.said)
    player.tick(1.6)  # nothing ran from 39.5 s to 41.1 s into the session
    late = [(s.cue.text, round(s.at - player.start, 3)) for s in speaker.said[said:]]
    assert late == [("One.", 40.0), ("One. Breathe out.", 41.0)]  # each with its due time
    assert player.live["phase"] == "MOVE"
    assert player.live["line"] == "Rep 1 of 2 · Set 2 of 2"
    assert player.live["caption"] == "“One. Breathe out.”"
    machine = player.window.session.machine
    assert machine.step.index == 8
    assert machine.step_remaining(player.clock()) == pytest.approx(1.9, abs=0.01)


def test_the_session_runs_on_when_the_window_is_hidden_or_loses_focus(
    running: Any, qtbot: QtBot
) -> None:
    player = running
    driver = player.window.session.driver
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    player.window.showMinimized()
    assert driver.timer.isActive()  # its next deadline is still armed
    player.walk_to(3)
    assert player.live["action"] == "Lower your hips"
    player.window.showNormal()
    assert player.window.session.stage is Stage.RUNNING


def test_the_timer_really_runs(running: Any, qtbot: QtBot) -> None:
    """Not only ticks a test gives: the driver's own timer moves the session on."""
    player = running
    player.clock.advance(20.5)  # the prepare step is over; the next tick finds it so
    qtbot.waitUntil(lambda: player.live["phase"] == "MOVE", timeout=2000)


def test_closing_mid_session_asks_first(
    running: Any, monkeypatch: pytest.MonkeyPatch, screen: RecordingScreenKeeper
) -> None:
    player = running
    answers: list[bool] = [False, True]
    asked: list[str] = []

    def ask(_parent: QWidget | None, reason: str) -> bool:
        asked.append(reason)
        return answers.pop(0)

    monkeypatch.setattr(StopSessionQuestion, "ask", ask)
    assert not player.window.close()  # "Keep going"
    assert player.window.isVisible() and player.window.session.stage is Stage.RUNNING
    assert asked == ["Closing the window ends the session."]
    finished: list[Any] = []
    player.window.player.sessionFinished.connect(finished.append)
    assert player.window.close()  # "Stop the session"
    assert [summary.finished for summary in finished] == [False]
    assert not screen.holding


def test_starting_another_routine_mid_session_asks_first(
    running: Any, monkeypatch: pytest.MonkeyPatch, tiny_library: Library
) -> None:
    player = running
    monkeypatch.setattr(StopSessionQuestion, "ask", lambda _parent, _reason: False)
    assert not player.window.start_routine(tiny_library.routines["tiny"])
    assert player.window.session.stage is Stage.RUNNING
    monkeypatch.setattr(StopSessionQuestion, "ask", lambda _parent, _reason: True)
    assert player.window.start_routine(tiny_library.routines["tiny"])
    assert player.window.session.stage is Stage.GETTING_READY
    assert player.window.player.last_summary is not None  # the stopped one was kept


def test_no_voice_is_told_once_and_the_captions_carry_on(
    services: SessionServices,
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    new_player: Callable[[MainWindow], Any],
) -> None:
    services.speaker = CaptionSpeaker("no speech engine was found")
    window = open_window(tiny_library)
    player = new_player(window)
    assert not window.player.notice.isVisible()
    window.start_routine(tiny_library.routines["tiny"])
    notice = window.player.notice
    assert notice.isVisible()
    assert notice.text() == (
        "No voice: no speech engine was found. The session shows every cue on screen instead."
    )
    assert window.statusBar().currentMessage() == notice.text()
    player.press(Qt.Key.Key_Enter)
    player.start = player.clock()
    player.walk_to(2, into=0.1)
    assert player.live["caption"] == "“Hold at the top, keep breathing.”"
    window.statusBar().clearMessage()
    window.session.stop()
    window.start_routine(tiny_library.routines["tiny"])  # told once: not again
    assert window.statusBar().currentMessage() != notice.text()


def test_a_screen_that_cannot_be_kept_awake_is_reported(
    services: SessionServices,
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
) -> None:
    services.screen = RecordingScreenKeeper(works=False, why="no D-Bus session bus")
    window = open_window(tiny_library)
    window.start_routine(tiny_library.routines["tiny"])
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("The screen may blank during the session: no D-Bus session bus.")
    )
    assert window.player.notice.isVisible()  # and it stays in view
    assert window.player.notice.text() == window.statusBar().currentMessage()
    window.session.stop()
    window.start_routine(tiny_library.routines["tiny"])
    assert window.player.notice.text().count("The screen may blank") == 1


def test_voice_that_is_late_does_not_keep_the_user_waiting(
    services: SessionServices,
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    new_player: Callable[[MainWindow], Any],
) -> None:
    class SlowSpeaker(RecordingSpeaker):
        def prepare(self, texts: Any, ready: Any) -> None:
            self.prepared.extend(texts)  # and never ready: the engine hung

    services.speaker = SlowSpeaker()
    window = open_window(tiny_library)
    player = new_player(window)
    window.start_routine(tiny_library.routines["tiny"])
    player.tick(20)
    assert window.player.intro.panel.big_label.text() == "preparing the voice"
    player.tick(5)
    assert window.session.stage is Stage.GETTING_READY
    player.tick(5)  # ten seconds after the countdown: go on with estimated lengths
    assert window.session.stage is Stage.RUNNING


def test_a_long_pause_gives_the_screen_back(running: Any, screen: RecordingScreenKeeper) -> None:
    player = running
    assert screen.holding
    player.press(Qt.Key.Key_Space)
    timer = player.window.session._awake_timer
    assert timer.isActive() and timer.interval() == 10 * 60 * 1000
    timer.timeout.emit()  # ten minutes paused
    assert not screen.holding
    player.press(Qt.Key.Key_Space)
    assert screen.holding and not timer.isActive()
