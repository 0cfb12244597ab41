"""The live speaker over a faulty speech cache, with the real engine (pyttsx3 + espeak-ng):
a spoilt clip is rendered again and spoken, an unwritable cache folder and a full disk are
told once, and the rest of the session speaks."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.speech import needs_espeak

from backcoach.session.cues import Cue, CueKind, Priority
from backcoach.speech.cache import SpeechCache, VoiceChoice
from backcoach.speech.engine import SpeechEngine
from backcoach.speech.player_signals import PlayerSignals
from backcoach.speech.qt_speaker import QtSpeaker
from backcoach.speech.speaker import SpeechListener
from backcoach.speech.wavfile import rms, verified_clip

pytestmark = [pytest.mark.e2e, needs_espeak]

SHORT = "Two."
LONG = "Lie face up on a mat. Bend your knees and set your feet down, a hip-width apart."


class KeptPlayer(PlayerSignals):
    """An open sound output that keeps what it is given to play."""

    def __init__(self) -> None:
        super().__init__()
        self.is_open = True
        self.played: list[bytes] = []

    def start(self) -> None:
        pass

    def play(self, pcm: bytes, at: float, priority: int = 0) -> int:
        self.played.append(pcm)
        return len(self.played)

    def stop(self) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def close(self) -> None:
        pass


@dataclass
class Heard(SpeechListener):
    notices: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def notice(self, message: str) -> None:
        self.notices.append(message)

    def cue_dropped(self, cue: Cue) -> None:
        self.dropped.append(cue.text)


@dataclass
class Session:
    """One speaker over ``cache``, as the app makes it, with what it told and played."""

    speaker: QtSpeaker
    player: KeptPlayer
    heard: Heard

    def prepare(self, qtbot: QtBot, texts: list[str]) -> Mapping[str, float]:
        ready: list[Mapping[str, float]] = []
        self.speaker.prepare(texts, ready.append)
        qtbot.waitUntil(lambda: bool(ready), timeout=30_000)
        return ready[0]

    def say(self, text: str) -> None:
        self.speaker.speak(Cue(0.0, CueKind.COUNTDOWN, text, Priority.BEAT, 0), time.monotonic())


@pytest.fixture
def session() -> Iterator[Callable[[SpeechCache], Session]]:
    made: list[QtSpeaker] = []

    def start(cache: SpeechCache) -> Session:
        player, heard = KeptPlayer(), Heard()
        speaker = QtSpeaker(SpeechEngine(), cache, VoiceChoice(), player)  # type: ignore[arg-type]
        speaker.listen(heard)
        made.append(speaker)
        return Session(speaker, player, heard)

    yield start
    for speaker in made:
        speaker.close()


SPOIL: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda good: good[: len(good) // 2],
    "overwritten": lambda good: b"\0" * len(good),
}


@pytest.mark.parametrize("spoil", SPOIL)
def test_a_spoilt_cached_clip_is_rendered_again_and_spoken_in_the_next_session(
    qtbot: QtBot, session: Callable[[SpeechCache], Session], tmp_path: Path, spoil: str
) -> None:
    folder = tmp_path / "speech"
    first = session(SpeechCache(folder))
    lengths = first.prepare(qtbot, [SHORT, LONG])
    first.speaker.close()
    path = SpeechCache(folder).path_for(LONG, VoiceChoice())
    good = path.read_bytes()
    path.write_bytes(SPOIL[spoil](good))

    second = session(SpeechCache(folder))
    again = second.prepare(qtbot, [SHORT, LONG])
    # Measured on a clip rendered again, not the spoilt one (espeak-ng varies by a few samples).
    assert again == pytest.approx(lengths, abs=0.05)
    assert verified_clip(path).seconds == pytest.approx(again[LONG])
    second.say(LONG)
    assert second.player.played == [verified_clip(path).pcm]
    assert rms(second.player.played[0]) > 500
    assert second.heard.notices == [] and second.speaker.speaking


def test_a_clip_spoilt_during_a_session_is_dropped_once_then_spoken(
    qtbot: QtBot, session: Callable[[SpeechCache], Session], tmp_path: Path
) -> None:
    live = session(SpeechCache(tmp_path / "speech"))
    live.prepare(qtbot, [SHORT, LONG])
    path = SpeechCache(tmp_path / "speech").path_for(SHORT, VoiceChoice())
    path.write_bytes(path.read_bytes()[:100])
    live.say(SHORT)
    assert live.heard.dropped == [SHORT] and live.player.played == []
    qtbot.waitUntil(lambda: _plays(path), timeout=10_000)  # rendered again meanwhile
    qtbot.wait(100)  # its new clip reaches the GUI thread
    live.say(SHORT)
    assert live.player.played == [verified_clip(path).pcm]
    assert live.speaker.speaking


def test_an_unwritable_cache_folder_is_told_once_and_the_session_speaks(
    qtbot: QtBot, session: Callable[[SpeechCache], Session], tmp_path: Path
) -> None:
    blocked = tmp_path / "speech"
    blocked.write_text("", encoding="utf-8")  # root may write anywhere; a file stops anyone
    cache = SpeechCache(blocked, spill_root=tmp_path / "tmp")
    live = session(cache)
    lengths = live.prepare(qtbot, [SHORT, LONG])
    assert set(lengths) == {SHORT, LONG}
    assert live.heard.notices == [
        f"The speech cache folder {blocked} is not a folder (a file is in its place); "
        "using a temporary folder until backcoach closes."
    ]
    live.say(LONG)
    assert len(live.player.played) == 1 and rms(live.player.played[0]) > 500
    spill = cache.folder
    assert spill.parent == tmp_path / "tmp"
    live.speaker.close()
    assert not spill.exists()


def test_a_full_disk_is_told_and_what_is_cached_still_speaks(
    qtbot: QtBot, session: Callable[[SpeechCache], Session], tmp_path: Path
) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root (the unit tests inject ENOSPC instead)")
    roomy = session(SpeechCache(tmp_path / "roomy"))
    roomy.prepare(qtbot, [SHORT])  # about 13 KB: it fits on the small disk, LONG does not
    small = tmp_path / "small"
    small.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"this machine refuses to mount a tmpfs: {mounted.stderr.strip()}")
    try:
        shutil.copytree(tmp_path / "roomy", small, dirs_exist_ok=True)
        live = session(SpeechCache(small))
        lengths = live.prepare(qtbot, [SHORT, LONG])
        assert set(lengths) == {SHORT}  # LONG keeps its estimate: a caption only
        assert live.heard.notices == [
            f"The disk is full (folder {small}): cues that could not be rendered "
            "are shown as captions only."
        ]
        live.say(LONG)
        live.say(SHORT)
        assert live.heard.dropped == [LONG] and len(live.player.played) == 1
        assert live.speaker.speaking  # not taken for a hung engine: no fall back to captions
        live.speaker.close()
    finally:
        subprocess.run(["umount", "-l", str(small)], check=False)


def _plays(path: Path) -> bool:
    try:
        verified_clip(path)
    except (OSError, ValueError):
        return False
    return True
