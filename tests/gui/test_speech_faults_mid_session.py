"""The live speaker failing in a real window's session, at start or in the middle: the
session goes on to its end with captions, says once why there is no voice, and speaks
nothing more. (No engine at all: test_player_robustness.py.)"""

from __future__ import annotations

import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.speech.cache import SpeechCache, VoiceChoice
from backcoach.speech.engine import EngineUnavailableError, RenderError
from backcoach.speech.player_signals import PlayerSignals
from backcoach.speech.qt_speaker import QtSpeaker
from backcoach.speech.voices import Voice
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.control import Stage
from backcoach.ui.session.services import SessionServices

LOST_OUTPUT = "the sound output failed (Connection terminated)"


class FlakyEngine:
    """Stands in for the speech worker: renders a short loud clip per text, then fails in
    the way it is told, from the ``fail_after``-th render on."""

    restartable = False  # a second start is the real engine's business, not this test's

    def __init__(self, fail_after: int | None = None, failure: BaseException | None = None):
        self.fail_after = fail_after
        self.failure = failure
        self.rendered: list[str] = []

    def render(self, text: str, path: Path, voice: str, rate: int, language: str = "en") -> float:
        if self.fail_after is not None and len(self.rendered) >= self.fail_after:
            assert self.failure is not None
            raise self.failure
        self.rendered.append(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(b"\x00\x30" * 2205)  # 0.1 s, loud from the first sample
        return 0.1

    def voices(self) -> list[Voice]:
        return []

    def close(self) -> None:
        pass


class FakeOutput(PlayerSignals):
    """A sound output that is open at once and records what it was asked to play."""

    def __init__(self) -> None:
        super().__init__()
        self.is_open = True
        self.played = 0

    def start(self) -> None:
        pass

    def play(self, pcm: bytes, at: float, priority: int = 0) -> int:
        self.played += 1
        return self.played

    def stop(self) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def close(self) -> None:
        pass


def live_speaker(engine: FlakyEngine, output: FakeOutput, folder: Path) -> QtSpeaker:
    return QtSpeaker(engine, SpeechCache(folder), VoiceChoice(), output)  # type: ignore[arg-type]


def play_to_the_end(
    player: Any, qtbot: QtBot, window: MainWindow, tiny: Any, output: FakeOutput
) -> tuple[list[str], int]:
    """Starts the tiny routine, waits for its voice (rendered or given up), walks every
    step: the captions seen on the way, and how many clips had played when it began."""
    assert window.start_routine(tiny)
    player.press(Qt.Key.Key_Enter)  # no countdown: the session waits only for its voice
    qtbot.waitUntil(lambda: window.session.stage is Stage.RUNNING, timeout=5000)
    played_at_start = output.played
    machine = window.session.machine
    assert machine is not None
    captions = []
    last = len(machine.timeline.steps) - 1
    for index in range(1, last + 1):
        player.walk_to(index, into=0.05)
        captions.append(player.live["caption"])
    return captions, played_at_start


@pytest.fixture
def speaking_window(
    services: SessionServices,
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    new_player: Callable[[MainWindow], Any],
    tmp_path: Path,
) -> Iterator[Callable[[FlakyEngine], tuple[MainWindow, Any, QtSpeaker, FakeOutput]]]:
    made: list[QtSpeaker] = []

    def make(engine: FlakyEngine) -> tuple[MainWindow, Any, QtSpeaker, FakeOutput]:
        output = FakeOutput()
        speaker = live_speaker(engine, output, tmp_path / "cache")
        made.append(speaker)
        services.speaker = speaker
        window = open_window(tiny_library)
        return window, new_player(window), speaker, output

    yield make
    for speaker in made:
        speaker.close()


def no_voice(reason: str) -> str:
    return f"No voice: {reason}. The session shows every cue on screen instead."


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        (EngineUnavailableError("the speech engine stopped unexpectedly"), None),
        (RuntimeError("a bug in the helper"), "the speech helper failed (RuntimeError)"),
    ],
    ids=["worker-died", "helper-raised"],
)
@pytest.mark.parametrize("fail_after", [0, 3], ids=["at-start", "while-rendering"])
def test_an_engine_that_fails_gives_a_whole_session_with_captions(  # noqa: PLR0917
    speaking_window: Callable[..., Any],
    tiny_library: Library,
    qtbot: QtBot,
    failure: BaseException,
    reason: str | None,
    fail_after: int,
) -> None:
    engine = FlakyEngine(fail_after=fail_after, failure=failure)
    window, player, speaker, output = speaking_window(engine)
    captions, played_at_start = play_to_the_end(
        player, qtbot, window, tiny_library.routines["tiny"], output
    )
    assert window.session.stage is Stage.ENDED
    assert window.player.last_summary is not None and window.player.last_summary.finished
    assert not speaker.speaking
    # Nothing spoken from a half-rendered session (a clip that was ready may have been
    # heard in the get-ready moment, before the failure came).
    assert output.played <= fail_after
    assert output.played == played_at_start
    assert len(engine.rendered) == fail_after
    expected = reason or str(failure)
    assert window.player.notice.text() == no_voice(expected)
    assert sum(1 for caption in captions if caption) >= 5  # the cues, on screen


def test_a_text_that_will_not_render_is_a_caption_and_the_rest_is_spoken(
    speaking_window: Callable[..., Any], tiny_library: Library, qtbot: QtBot
) -> None:
    class OneBadText(FlakyEngine):
        def render(
            self, text: str, path: Path, voice: str, rate: int, language: str = "en"
        ) -> float:
            if not self.rendered:
                self.rendered.append("(refused)")
                raise RenderError("espeak could not say this")
            return super().render(text, path, voice, rate, language)

    window, player, speaker, output = speaking_window(OneBadText())
    play_to_the_end(player, qtbot, window, tiny_library.routines["tiny"], output)
    assert window.session.stage is Stage.ENDED
    assert speaker.speaking  # one bad text is no reason to give up the voice
    assert output.played > 5
    assert not window.player.notice.isVisible()


def test_the_sound_output_lost_mid_session_leaves_captions_to_the_end(
    speaking_window: Callable[..., Any], tiny_library: Library, qtbot: QtBot
) -> None:
    window, player, speaker, output = speaking_window(FlakyEngine())
    assert window.start_routine(tiny_library.routines["tiny"])
    player.press(Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.session.stage is Stage.RUNNING, timeout=5000)
    machine = window.session.machine
    assert machine is not None
    player.walk_to(8, into=0.05)  # set 2 of the first exercise
    spoken_before = output.played
    assert spoken_before > 0 and speaker.speaking
    output.failed.emit(LOST_OUTPUT)  # PulseAudio went away
    assert not speaker.speaking
    assert window.player.notice.text() == no_voice(LOST_OUTPUT)
    captions = []
    for index in range(9, len(machine.timeline.steps)):
        player.walk_to(index, into=0.05)
        captions.append(player.live["caption"])
    assert window.session.stage is Stage.ENDED
    assert window.player.last_summary is not None and window.player.last_summary.finished
    assert output.played == spoken_before  # not a word after the output was lost
    assert sum(1 for caption in captions if caption) >= 4
