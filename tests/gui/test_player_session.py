"""A whole short session through the real main window: keys, screens, voice, on a fake clock."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from backcoach.content.library import Library
from backcoach.session.cues import CueKind, planned_cues
from backcoach.session.machine import SessionSummary
from backcoach.session.plan import StepKind
from backcoach.speech.recording import RecordingSpeaker
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.control import Stage
from backcoach.ui.session.display import PHASE_COLOURS
from backcoach.ui.session.display import Phase as Shown
from backcoach.ui.session.get_ready import HANDOVER_S
from backcoach.ui.session.messages import StopSessionQuestion


def test_a_whole_session_from_the_routine_list(
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    new_player: Callable[[MainWindow], Any],
    speaker: RecordingSpeaker,
    screen: RecordingScreenKeeper,
) -> None:
    window = open_window(tiny_library)
    player = new_player(window)
    finished: list[SessionSummary] = []
    window.player.sessionFinished.connect(finished.append)

    # Enter on a routine in the list: its summary, and the countdown to get onto the floor.
    window.show_page(window.routine_list)
    window.routine_list.select_routine("tiny")
    window.routine_list.table.setFocus()
    player.press(Qt.Key.Key_Return, window.routine_list.table)
    assert window.tabs.currentWidget() is window.player
    assert window.session.stage is Stage.GETTING_READY
    intro = window.player.intro
    assert intro.title.text() == "Tiny routine"
    plan = intro.plan.text()
    assert "<b>Lift</b> — 2 sets of 2, hold 3 s, 5 s rest between sets" in plan
    assert "<b>Reach</b> — 1 repetition each side, hold 4 s" in plan
    assert "About 2 minutes in all" in plan
    assert (intro.panel.phase.text(), intro.panel.big.text()) == ("GET READY", "20")
    assert intro.panel.line.text() == "First: Lift"
    assert speaker.texts == ["Get ready. Tiny routine starts in twenty seconds."]
    assert "Breathe out, reach your left arm up" in speaker.prepared  # rendered ahead
    assert screen.holding

    # Space pauses the countdown (and hushes the voice); Space again goes on.
    player.press(Qt.Key.Key_Space)
    assert window.session.paused and speaker.cancels == 1
    assert intro.panel.phase.text() == "PAUSED"
    player.tick(30)
    assert intro.panel.big.text() == "20"
    player.press(Qt.Key.Key_Space)
    player.tick(6)
    assert intro.panel.big.text() == "14"

    # The countdown is Lift's prepare step: its name, dose and setup are said in it, at
    # their moments of the plan, while the page still counts down to the first move.
    assert window.session.get_ready is not None
    timeline = window.session.get_ready.timeline
    first = timeline.steps[0]
    assert (first.kind, first.get_ready, first.duration) == (StepKind.PREPARE, True, 20.0)
    cues = {cue.kind: cue for cue in planned_cues(timeline) if cue.step == 0}
    counted = 6.0
    for kind, words in [
        (CueKind.INTRO, "Lift. Two sets of two, holding three seconds."),
        (CueKind.SETUP, "Lie on your back."),
    ]:
        player.tick(cues[kind].at + 0.1 - counted)
        counted = cues[kind].at + 0.1
        assert window.session.stage is Stage.GETTING_READY
        assert intro.caption.text() == f"“{words}”"
        assert (intro.panel.phase.text(), intro.panel.big.text()) == (
            "GET READY",
            str(math.ceil(first.duration - counted)),
        )
        assert intro.panel.colour == PHASE_COLOURS[Shown.GET_READY]
        assert speaker.texts[-1] == words
    # Three, two, one; the session takes over just before the first move (no second
    # "get into position" after the countdown).
    while window.session.stage is Stage.GETTING_READY and counted < first.duration:
        player.tick(0.1)
        counted += 0.1
    assert window.session.stage is Stage.RUNNING
    assert first.duration - HANDOVER_S <= counted < first.duration
    assert speaker.texts == [
        "Get ready. Tiny routine starts in twenty seconds.",
        "Lift. Two sets of two, holding three seconds.",
        "Lie on your back.",
        "Three.",
        "Two.",
        "One.",
    ]
    player.start = player.clock()

    # The first rep, guided; then the hold with its countdown.
    player.walk_to(1)
    assert player.live | {"caption": ""} == {
        "title": "Lift",
        "phase": "MOVE",
        "big": "1 / 2",
        "line": "Rep 1 of 2 · Set 1 of 2",
        "action": "Lift your hips",
        "caption": "",
        "next": "",
    }
    assert player.live["caption"] == "“Breathe out, lift your hips”"
    assert player.colour == PHASE_COLOURS[Shown.MOVE]
    player.walk_to(2, into=0.5)
    assert (player.live["phase"], player.live["big"]) == ("HOLD", "3")
    assert player.colour == PHASE_COLOURS[Shown.HOLD]
    assert player.live["caption"] == "“Hold at the top, keep breathing.”"

    # Right skips to the next block (the rest), Left goes back to the set's start.
    cancels = speaker.cancels
    player.press(Qt.Key.Key_Right)
    assert speaker.cancels == cancels + 1
    machine = window.session.machine
    assert machine is not None
    # The routine's 5 s, lengthened to fit its needed words and a three-two-one.
    assert (machine.step.kind, machine.step.duration) == (StepKind.REST, 8.0)
    assert player.live | {"caption": ""} == {
        "title": "Lift",
        "phase": "REST",
        "big": "8",
        "line": "",
        "action": "Rest and breathe",
        "caption": "",
        "next": "Next up: Set 2 of 2",
    }
    assert player.live["caption"] == "“Rest for eight seconds.”"
    assert window.keys.extend.isEnabled()
    player.press(Qt.Key.Key_Plus)  # +15 s of rest
    assert player.live["big"] == "23"
    player.press(Qt.Key.Key_Left)
    assert player.live["phase"] == "MOVE"
    assert player.live["line"] == "Rep 1 of 2 · Set 1 of 2"
    assert not window.keys.extend.isEnabled()


# QTest names each key it sends as text and has no text for media keys; it says so.
@pytest.mark.qt_log_ignore("keyToAscii Unhandled key code")
def test_keys_jump_and_every_jump_hushes_the_voice(
    running: Any,
    speaker: RecordingSpeaker,
) -> None:
    player, keys = running, running.window.keys
    machine = player.window.session.machine
    assert machine is not None

    def jumped(key: Qt.Key, to_step: int) -> None:
        cancels = speaker.cancels
        player.press(key)
        assert machine.step.index == to_step, key
        assert speaker.cancels == cancels + 1, key

    player.walk_to(2, into=0.5)  # the first hold
    jumped(Qt.Key.Key_R, 1)  # again from the start of the set
    assert player.live["caption"] == "“Breathe out, lift your hips”"
    assert speaker.said[-1].cue.text == "Breathe out, lift your hips"
    jumped(Qt.Key.Key_PageDown, 7)  # a presentation clicker: the rest
    jumped(Qt.Key.Key_PageDown, 8)  # the second set
    jumped(Qt.Key.Key_PageUp, 7)  # back, within three seconds of its start: the rest
    jumped(Qt.Key.Key_MediaNext, 8)
    jumped(Qt.Key.Key_MediaPrevious, 7)
    jumped(Qt.Key.Key_Right, 8)
    assert player.live["line"] == "Rep 1 of 2 · Set 2 of 2"

    # Pausing hushes too; resuming does not. Play and Pause keys do only what they say.
    for key, paused in [
        (Qt.Key.Key_MediaTogglePlayPause, True),
        (Qt.Key.Key_MediaPause, True),
        (Qt.Key.Key_MediaPlay, False),
        (Qt.Key.Key_MediaPlay, False),
        (Qt.Key.Key_Space, True),
        (Qt.Key.Key_Space, False),
    ]:
        cancels = speaker.cancels
        player.press(key)
        assert player.window.session.paused is paused, key
        assert speaker.cancels == cancels + (1 if paused and key != Qt.Key.Key_MediaPause else 0), (
            key
        )
        assert keys.pause.text() == ("Resume" if paused else "Pause")
    # A paused clock stands still, and the screen says so in words and colour.
    player.press(Qt.Key.Key_Space)
    before = player.live["big"]
    player.tick(60)
    assert (player.live["phase"], player.live["big"]) == ("PAUSED", before)
    assert player.colour == PHASE_COLOURS[Shown.PAUSED]
    player.press(Qt.Key.Key_Space)
    assert machine.step.index == 8


def test_sides_transition_and_the_end(
    running: Any, speaker: RecordingSpeaker, screen: RecordingScreenKeeper
) -> None:
    player = running
    finished: list[SessionSummary] = []
    player.window.player.sessionFinished.connect(finished.append)
    player.walk_to(14, into=3.5)  # between the exercises
    assert player.live == {
        "title": "Tiny routine",
        "phase": "REST",
        "big": "3",
        "line": "",
        "action": "Rest, then the next exercise",
        "caption": "“Next up: Reach.”",
        "next": "Next up: Reach · 1 repetition each side, hold 4 s",
    }
    timeline = player.window.session.timeline
    assert timeline is not None
    transition = timeline.steps[14]
    # 41.5 s of the 103.5 s planned are left (shown as 0:41): 58.5 + 3.5 in.
    assert (transition.kind, transition.start, timeline.total_s) == (
        StepKind.TRANSITION,
        58.5,
        103.5,
    )
    assert player.window.player.live.progress_text.text() == "Exercise 1 of 2 · 0:41 left"
    player.walk_to(17, into=1.2)  # the hold on the left
    assert player.live == {
        "title": "Reach",
        "phase": "HOLD",
        "big": "3",
        "line": "Left side",
        "action": "Hold it there",
        "caption": "“Hold it there, keep breathing.”",
        "next": "",
    }
    player.walk_to(19, into=0.5)
    # The planner's 6 s, lengthened to fit "Switch sides. Now your right side." and a
    # three-two-one.
    assert (timeline.steps[19].kind, timeline.steps[19].duration) == (StepKind.SWITCH, 7.0)
    assert player.live | {"caption": ""} == {
        "title": "Reach",
        "phase": "SWITCH SIDES",
        "big": "7",
        "line": "",
        "action": "Change to the other side",
        "caption": "",
        "next": "Next up: Right side",
    }
    assert player.colour == PHASE_COLOURS[Shown.SWITCH]
    assert player.live["caption"] == "“Switch sides. Now your right side.”"
    player.walk_to(21, into=0.1)
    assert (player.live["line"], player.live["action"]) == ("Right side", "Hold it there")
    player.walk_to(23)

    # The end: the summary, the signal for the history, the screen given back.
    assert player.window.session.stage is Stage.ENDED
    [summary] = finished
    assert summary.finished and summary.completed_items == (0, 1)
    assert summary.active_s == pytest.approx(timeline.total_s, abs=0.1)
    assert player.window.player.last_summary is summary
    page = player.window.player.summary
    assert player.window.player.pages.currentWidget() is page
    assert page.heading.text() == "Session complete. Well done!"
    assert "<li>Lift: done</li><li>Reach: done</li>" in page.body.text()
    assert "Time: 1:44 (planned 1:44)" in page.body.text()  # the 103.5 s planned
    assert "Skipped" not in page.body.text()
    assert speaker.texts[-1].startswith("That is the end of the session.")
    assert not screen.holding and screen.releases == 1
    # Every cue of the session was handed to the speaker once, in order.
    assert speaker.texts.count("Switch sides. Now your right side.") == 1
    assert speaker.texts.index("Breathe out, reach your left arm up") < speaker.texts.index(
        "Breathe out, reach your right arm up"
    )


def test_stop_early_says_what_was_skipped(
    running: Any, speaker: RecordingSpeaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    player = running
    player.walk_to(8, into=1.0)
    player.press(Qt.Key.Key_Right)  # skips the rest of set 2 of Lift
    cancels = speaker.cancels
    monkeypatch.setattr(StopSessionQuestion, "ask", lambda _parent, _reason: True)
    player.window.keys.stop.trigger()
    assert speaker.cancels > cancels  # hushed at once (paused to ask, then stopped)
    summary = player.window.player.last_summary
    assert summary is not None and not summary.finished
    assert summary.skipped_items == (0,) and summary.completed_items == ()
    text = player.window.player.summary.body.text()
    assert player.window.player.summary.heading.text().startswith("Stopped after ")
    assert "Lift: 1 of 2 sets (2 of 4 reps)" in text and "Reach: not reached" in text
    # Do it again: the same routine, from its get-ready countdown.
    player.window.player.summary.again_button.click()
    assert player.window.session.stage is Stage.GETTING_READY
