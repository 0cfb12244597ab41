"""The live speaker and its sound output: a session waits for the output to open, and a
missing output means captions, told to the first listener."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pytestqt.qtbot import QtBot

from backcoach.speech.cache import SpeechCache, VoiceChoice
from backcoach.speech.engine import SpeechEngine
from backcoach.speech.player_signals import PlayerSignals
from backcoach.speech.qt_speaker import QtSpeaker
from backcoach.speech.speaker import NO_OUTPUT, SpeechListener


class SlowPlayer(PlayerSignals):
    """A player whose output opens (or fails) when the test says so."""

    def __init__(self, *, already_open: bool = False) -> None:
        super().__init__()
        self.is_open = already_open
        self.starts = 0

    def start(self) -> None:
        self.starts += 1

    def open_now(self) -> None:
        self.is_open = True
        self.opened.emit()

    def play(self, pcm: bytes, at: float, priority: int = 0) -> int:
        return 1

    def stop(self) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass
class Notices(SpeechListener):
    said: list[str] = field(default_factory=list)

    def notice(self, message: str) -> None:
        self.said.append(message)


def speaker_with(player: SlowPlayer, tmp_path: Path) -> QtSpeaker:
    # Nothing is rendered in these tests (prepare of no texts), so no worker starts.
    return QtSpeaker(SpeechEngine(), SpeechCache(tmp_path / "cache"), VoiceChoice(), player)  # type: ignore[arg-type]


def test_prepare_is_ready_only_once_the_output_has_opened(qtbot: QtBot, tmp_path: Path) -> None:
    player = SlowPlayer()
    speaker = speaker_with(player, tmp_path)
    try:
        assert player.starts == 1
        ready: list[Mapping[str, float]] = []
        speaker.prepare([], ready.append)
        qtbot.wait(200)  # the render job has long finished on the helper thread
        assert ready == []
        player.open_now()
        qtbot.waitUntil(lambda: ready == [{}], timeout=1000)
        speaker.prepare([], ready.append)  # open now: no waiting
        qtbot.waitUntil(lambda: ready == [{}, {}], timeout=1000)
    finally:
        speaker.close()


def test_a_player_open_before_it_was_handed_over_is_not_waited_for(
    qtbot: QtBot, tmp_path: Path
) -> None:
    speaker = speaker_with(SlowPlayer(already_open=True), tmp_path)
    try:
        ready: list[Mapping[str, float]] = []
        speaker.prepare([], ready.append)
        qtbot.waitUntil(lambda: ready == [{}], timeout=1000)
    finally:
        speaker.close()


def test_no_output_lets_a_waiting_session_go_on_with_captions_and_says_why_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    player = SlowPlayer()
    speaker = speaker_with(player, tmp_path)
    notices = Notices()
    try:
        player.failed.emit(NO_OUTPUT)  # before anyone listens: the notice is kept
        assert not speaker.speaking and notices.said == []
        speaker.listen(notices)
        ready: list[Mapping[str, float]] = []
        speaker.prepare([], ready.append)
        assert ready == [{}]
        assert notices.said == [
            f"No voice: {NO_OUTPUT}. The session shows every cue on screen instead."
        ]

        waiting = SlowPlayer()
        second = speaker_with(waiting, tmp_path)
        second.listen(notices)
        later: list[Mapping[str, float]] = []
        second.prepare([], later.append)
        qtbot.wait(200)
        assert later == []
        waiting.failed.emit(NO_OUTPUT)  # while a session waits for it, and someone listens
        assert later == [{}] and len(notices.said) == 2
        second.close()
    finally:
        speaker.close()
