"""The get-ready countdown is the first exercise's prepare step: its intro is said in it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from backcoach.content.library import Library
from backcoach.session.cues import CueKind
from backcoach.speech.recording import RecordingSpeaker
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.control import Stage

GET_READY_S = 20  # the default setting


def test_the_setup_is_said_and_shown_during_get_ready_and_the_move_follows_it(
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    new_player: Callable[[MainWindow], Any],
    speaker: RecordingSpeaker,
) -> None:
    window = open_window(tiny_library)
    player = new_player(window)
    assert window.start_routine(tiny_library.routines["tiny"])
    start = player.clock()
    intro = window.player.intro
    assert window.session.stage is Stage.GETTING_READY
    assert speaker.texts[0].startswith("Get ready. Tiny routine starts in")
    captions: list[str] = []
    window.session.captionChanged.connect(captions.append)
    while window.session.stage is Stage.GETTING_READY and player.clock() - start < 60:
        player.tick(0.25)
        if intro.caption.text() == "“Lie on your back.”":
            # Shown on the get-ready page, with the countdown still running.
            assert intro.panel.phase.text() == "GET READY"
            assert int(intro.panel.big.text()) > 0
    player.tick(1.0)  # the driver took over just before the first move
    assert "Lie on your back." in captions
    assert "Lift. Two sets of two, holding three seconds." in captions
    said = {s.cue.kind: s.at - start for s in speaker.said}
    assert said[CueKind.SETUP] < said[CueKind.ACTION]
    # The first move comes when get-ready is over, not after a second prepare step.
    assert GET_READY_S <= said[CueKind.ACTION] <= GET_READY_S + 1.5
    assert window.session.stage is Stage.RUNNING
    assert player.live["phase"] == "MOVE"
