"""The player under stress: a busy event loop, a hidden window, closing mid-session, no voice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.session.cues import CueKind, planned_cues
from backcoach.session.plan import StepKind
from backcoach.speech.captions import CaptionSpeaker
from backcoach.speech.recording import RecordingSpeaker
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.control import Stage
from backcoach.ui.session.display import seconds_left_text
from backcoach.ui.session.get_ready import VOICE_GRACE_S
from backcoach.ui.session.messages import StopSessionQuestion
from backcoach.ui.session.services import SessionServices


def test_a_busy_event_loop_loses_no_cue(running: Any, speaker: RecordingSpeaker) -> None:
    """The loop was blocked for over a second (a fake clock jump, then one late tick)."""
    player = running
    machine = player.window.session.machine
    rest = machine.timeline.steps[7]
    assert (rest.kind, rest.set_no) == (StepKind.REST, 2)  # the rest between the sets
    one = [cue for cue in machine.cues if cue.step == rest.index][-1]
    assert (one.text, one.at) == ("One.", rest.end - 1.0)  # a second before set 2
    player.walk_to(rest.index, into=one.at - 0.5 - rest.start)
    said = len(speaker.said)
    player.tick(1.6)  # nothing ran from 0.5 s before that "One." to 1.1 s after it
    late = [(s.cue.text, round(s.at - player.start, 3)) for s in speaker.said[said:]]
    assert late == [("One.", one.at), ("One. Breathe out.", rest.end)]  # each with its due time
    assert player.live["phase"] == "MOVE"
    assert player.live["line"] == "Rep 1 of 2 · Set 2 of 2"
    assert player.live["caption"] == "“One. Breathe out.”"
    assert machine.step.index == rest.index + 1 == 8
    assert machine.step_remaining(player.clock()) == pytest.approx(
        machine.step.duration - 0.1, abs=0.01
    )


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

    services.speaker = speaker = SlowSpeaker()
    window = open_window(tiny_library)
    player = new_player(window)
    window.start_routine(tiny_library.routines["tiny"])
    start = player.clock()
    timeline = window.session.timeline
    assert timeline is not None
    first = timeline.steps[0]  # the get-ready countdown is the first prepare step
    assert first.get_ready and first.duration == services.settings.settings.get_ready_s
    cues = [c for c in planned_cues(timeline) if c.step <= 1 and c.kind is not CueKind.GET_READY]
    intro = cues[0]
    assert (intro.kind, intro.step) == (CueKind.INTRO, 0)
    panel = window.player.intro.panel
    player.tick(intro.at)  # the countdown reaches the intro: it waits there for the voice
    assert panel.big_label.text() == "preparing the voice"
    player.tick(VOICE_GRACE_S / 2)
    assert window.session.stage is Stage.GETTING_READY
    assert panel.big_label.text() == "preparing the voice"
    assert speaker.said == []  # not even the announcement: nothing was ever rendered
    player.tick(VOICE_GRACE_S / 2)  # waited long enough: go on with estimated lengths
    said = [(s.cue.text, round(s.at - start, 3)) for s in speaker.said]
    assert said == [(intro.text, intro.at + VOICE_GRACE_S)]  # the intro at once
    assert window.session.stage is Stage.GETTING_READY  # the rest of the countdown
    assert panel.big_label.text() == "seconds to get ready"
    assert panel.big.text() == seconds_left_text(first.duration - intro.at)
    left = first.duration - intro.at
    while left > 0:  # in ticks, as the timer gives them: the driver takes over in between
        player.tick(0.25)
        left -= 0.25
    # The first move, kept waiting no longer than the grace time.
    assert player.clock() - start == first.duration + VOICE_GRACE_S
    assert window.session.stage is Stage.RUNNING
    assert player.live["phase"] == "MOVE"
    said = [(s.cue.text, round(s.at - start, 3)) for s in speaker.said]
    late = [(cue.text, round(cue.at + VOICE_GRACE_S, 3)) for cue in cues]
    assert said == late  # every cue up to the first move, all as late as the intro


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


def test_the_session_waits_while_closing_asks(
    running: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    player = running
    session = player.window.session
    player.walk_to(2, into=1.0)
    remaining = session.machine.step_remaining(player.clock())
    stages: list[Stage] = []

    def keep_going(_parent: QWidget | None, _reason: str) -> bool:
        stages.append(session.stage)
        player.tick(30.0)  # the question is read at leisure: the hold must not run out
        return False

    monkeypatch.setattr(StopSessionQuestion, "ask", keep_going)
    assert not player.window.close()
    assert not player.window.start_routine_id("tiny")
    assert stages == [Stage.PAUSED, Stage.PAUSED]
    assert session.stage is Stage.RUNNING
    assert session.machine.step_remaining(player.clock()) == pytest.approx(remaining)
