"""Real playback: rendered cues through both players into a private PulseAudio null sink.

No sound card is needed: a PulseAudio daemon with a null sink, started and stopped here,
gives PulsePlayer (libpulse-simple) and QtPlayer (QtMultimedia) a real audio path, and
parec records what reaches it.
"""

from __future__ import annotations

import array
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from support.pulse import start_pulseaudio, stop_pulseaudio
from support.speech import espeak_missing, needs_espeak

from backcoach.session.cues import Cue, CueKind, Priority
from backcoach.speech.cache import Renderer, SpeechCache, VoiceChoice
from backcoach.speech.engine import SpeechEngine
from backcoach.speech.speaker import SpeechListener
from backcoach.speech.wavfile import Clip, read_clip

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        shutil.which("pulseaudio") is None or shutil.which("parec") is None,
        reason="needs pulseaudio and parec (apt install pulseaudio pulseaudio-utils)",
    ),
]

RATE = 22050
LEVEL = 500


@pytest.fixture(scope="module")
def null_sink(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private PulseAudio daemon with one null sink, for this module's tests only."""
    started = start_pulseaudio(tmp_path_factory.mktemp("pulse"))
    if started is None:
        pytest.skip("pulseaudio did not start here")
    daemon, server = started
    previous = os.environ.get("PULSE_SERVER")
    # QtMultimedia connects once per process, on first use: this must come first.
    # (libpulse reads it on every connection.)
    os.environ["PULSE_SERVER"] = server
    yield server
    if previous is None:
        os.environ.pop("PULSE_SERVER", None)
    else:
        os.environ["PULSE_SERVER"] = previous
    stop_pulseaudio(daemon)


class Recording:
    """What reaches the null sink, via parec."""

    def __init__(self, server: str, path: Path) -> None:
        self._path = path
        self._file = path.open("wb")
        self._process = subprocess.Popen(
            [
                "parec",
                f"--server={server}",
                "--device=nullsink.monitor",
                "--format=s16le",
                "--channels=1",
                f"--rate={RATE}",
                "--latency-msec=5",
                "--raw",
            ],
            stdout=self._file,
        )

    def wait_until_recording(self, qtbot: QtBot) -> None:
        qtbot.waitUntil(lambda: self._path.stat().st_size > 4000, timeout=5000)

    def stop(self) -> array.array[int]:
        if self._process.poll() is None:
            self._process.terminate()
        self._process.wait()
        self._file.close()
        values = array.array("h")
        data = self._path.read_bytes()
        values.frombytes(data[: len(data) - len(data) % 2])
        return values


@pytest.fixture
def recording(null_sink: str, tmp_path: Path) -> Iterator[Recording]:
    """Records the sink for one test; stopped however the test ends."""
    recorder = Recording(null_sink, tmp_path / "sink.raw")
    yield recorder
    recorder.stop()


def audible_seconds(values: array.array[int]) -> float:
    loud = [index for index, value in enumerate(values) if abs(value) > LEVEL]
    return (loud[-1] - loud[0]) / RATE if loud else 0.0


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Clip]:
    if espeak_missing():
        pytest.skip("libespeak-ng1 is not installed (apt install libespeak-ng1)")
    engine = SpeechEngine()
    try:
        cache = SpeechCache(tmp_path_factory.mktemp("cache"))
        paths = Renderer(engine, cache, VoiceChoice()).render_all(
            [
                "Three.",
                "Lie face up on a mat. Bend your knees and set your feet down, "
                "a hip-width apart, and rest your arms by your sides.",
            ]
        )
    finally:
        engine.close()
    return {text.split(".")[0]: read_clip(path) for text, path in paths.items()}


PLAYERS = ("pulse", "qt")


def open_player(kind: str) -> Any:
    if kind == "pulse":
        from backcoach.speech.pulse_player import PulsePlayer  # noqa: PLC0415

        return PulsePlayer()
    from backcoach.speech.qt_player import QtPlayer  # noqa: PLC0415

    return QtPlayer()


@dataclass
class Heard(SpeechListener):
    events: list[tuple[str, str, bool]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def cue_started(self, cue: Cue, at: float) -> None:
        self.events.append(("started", cue.text, True))

    def cue_ended(self, cue: Cue, at: float, completed: bool) -> None:
        self.events.append(("ended", cue.text, completed))

    def cue_dropped(self, cue: Cue) -> None:
        self.events.append(("dropped", cue.text, False))

    def notice(self, message: str) -> None:
        self.notices.append(message)


@pytest.mark.parametrize("kind", PLAYERS)
def test_a_cue_plays_through_the_sink_then_reports_finished(
    recording: Recording, clips: dict[str, Clip], qtbot: QtBot, kind: str
) -> None:
    player = open_player(kind)
    opened: list[bool] = []
    player.opened.connect(lambda: opened.append(True))
    player.start()
    try:
        qtbot.waitUntil(lambda: bool(opened), timeout=5000)
        recording.wait_until_recording(qtbot)
        with qtbot.waitSignal(player.started, timeout=5000) as started:
            token = player.play(clips["Three"].pcm, time.monotonic(), 1)
        assert started.args is not None and started.args[0] == token
        with qtbot.waitSignal(player.ended, timeout=5000) as ended:
            pass
        assert ended.args is not None and ended.args[0] == token and ended.args[2] is True
        assert ended.args[1] > started.args[1]
        qtbot.wait(200)
        heard = recording.stop()
        assert audible_seconds(heard) == pytest.approx(clips["Three"].seconds, abs=0.1)
    finally:
        player.close()


@pytest.mark.parametrize("kind", PLAYERS)
def test_stop_silences_the_sink_within_100_ms(
    recording: Recording, clips: dict[str, Clip], qtbot: QtBot, kind: str
) -> None:
    long = clips["Lie face up on a mat"]
    assert long.seconds > 4
    player = open_player(kind)
    player.start()
    try:
        recording.wait_until_recording(qtbot)
        with qtbot.waitSignal(player.started, timeout=5000):
            player.play(long.pcm, time.monotonic(), 1)
        began = time.monotonic()
        qtbot.wait(500)
        with qtbot.waitSignal(player.ended, timeout=5000) as ended:
            player.stop()
            stopped = time.monotonic()
        assert ended.args is not None and ended.args[2] is False  # cut, not finished
        qtbot.wait(300)
        heard = recording.stop()
        played = audible_seconds(heard)
        # Heard for as long as it played before the stop, plus at most 100 ms.
        assert 0.3 < played <= (stopped - began) + 0.1
    finally:
        player.close()


def test_a_restarted_sound_server_is_connected_again(
    null_sink: str,
    clips: dict[str, Clip],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from backcoach.speech.pulse_player import PulsePlayer  # noqa: PLC0415

    first = start_pulseaudio(tmp_path)
    if first is None:
        pytest.skip("pulseaudio did not start here")
    daemon, server = first
    monkeypatch.setenv("PULSE_SERVER", server)  # this test's own server, not the module's
    player = PulsePlayer()
    failures: list[str] = []
    player.failed.connect(failures.append)
    player.start()
    try:
        qtbot.waitUntil(lambda: player.is_open, timeout=5000)
        with qtbot.waitSignal(player.started, timeout=5000):
            long = player.play(clips["Lie face up on a mat"].pcm, time.monotonic(), 1)
        with qtbot.waitSignal(player.ended, timeout=5000) as ended:
            stop_pulseaudio(daemon, signal.SIGKILL)  # the server dies mid-sentence
        assert ended.args is not None and ended.args[0] == long and ended.args[2] is False
        second = start_pulseaudio(tmp_path)  # and comes back on the same socket
        assert second is not None
        daemon = second[0]
        recording = Recording(server, tmp_path / "after.raw")
        try:
            recording.wait_until_recording(qtbot)
            qtbot.wait(2500)  # the new null sink's first start (see docs/speech.md)
            with qtbot.waitSignal(player.ended, timeout=5000) as again:
                after = player.play(clips["Three"].pcm, time.monotonic(), 1)
            assert again.args is not None and again.args[0] == after and again.args[2] is True
            qtbot.wait(200)
        finally:
            heard = recording.stop()
        assert audible_seconds(heard) == pytest.approx(clips["Three"].seconds, abs=0.1)
        assert failures == []
    finally:
        player.close()
        stop_pulseaudio(daemon)


@needs_espeak
def test_the_live_speaker_prepares_speaks_and_cancels(
    null_sink: str, qtbot: QtBot, tmp_path: Path
) -> None:
    from backcoach.speech.pulse_player import PulsePlayer  # noqa: PLC0415
    from backcoach.speech.qt_speaker import QtSpeaker  # noqa: PLC0415

    player = PulsePlayer()
    player.start()
    speaker = QtSpeaker(SpeechEngine(), SpeechCache(tmp_path / "cache"), VoiceChoice(), player)
    heard = Heard()
    speaker.listen(heard)
    try:
        # In the app the player opens long before a session's first cue; a sink that was
        # idle can take a while (a null sink up to 2 s) to start.
        qtbot.waitUntil(lambda: player.is_open, timeout=5000)
        lengths: list[Mapping[str, float]] = []
        texts = ["Two. Breathe out.", "Lower your hips slowly, one vertebra at a time."]
        speaker.prepare(texts, lengths.append)
        qtbot.waitUntil(lambda: bool(lengths), timeout=10000)
        assert set(lengths[0]) == set(texts)
        assert 0.5 < lengths[0][texts[0]] < 3

        two = Cue(0.0, CueKind.COUNT, texts[0], Priority.BEAT, 0)
        speaker.speak(two, time.monotonic())
        qtbot.waitUntil(lambda: ("ended", texts[0], True) in heard.events, timeout=5000)

        lower = Cue(1.0, CueKind.ACTION, texts[1], Priority.HIGH, 1)
        speaker.speak(lower, time.monotonic())
        qtbot.waitUntil(lambda: ("started", texts[1], True) in heard.events, timeout=5000)
        speaker.cancel()
        qtbot.waitUntil(lambda: ("ended", texts[1], False) in heard.events, timeout=1000)

        never = Cue(2.0, CueKind.SETUP, "Never rendered.", Priority.NORMAL, 2)
        speaker.speak(never, time.monotonic())
        assert heard.events[-1] == ("dropped", "Never rendered.", False)

        # Sound is read from the cache when spoken: a file cleaned away meanwhile means
        # that cue is dropped (not said late) and rendered again for next time.
        for wav in (tmp_path / "cache").rglob("*.wav"):
            wav.unlink()
        speaker.speak(two, time.monotonic())
        assert heard.events[-1] == ("dropped", texts[0], False)
        qtbot.waitUntil(lambda: any((tmp_path / "cache").rglob("*.wav")), timeout=10000)
        qtbot.wait(100)  # the rendered clip reaches the GUI thread
        speaker.speak(two, time.monotonic())
        qtbot.waitUntil(lambda: heard.events.count(("ended", texts[0], True)) == 2, timeout=5000)
        assert heard.notices == [] and speaker.speaking
    finally:
        speaker.close()


def test_without_an_engine_the_live_speaker_falls_back_to_captions_and_says_so(
    null_sink: str, qtbot: QtBot, tmp_path: Path
) -> None:
    from backcoach.speech.qt_speaker import QtSpeaker  # noqa: PLC0415

    fake = tmp_path / "fake" / "pyttsx3"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "def init():\n    raise OSError('libespeak-ng.so.1')\n", encoding="utf-8"
    )
    command = [
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {str(fake.parent)!r}); "
        "from backcoach.speech.worker import main; sys.exit(main())",
    ]
    speaker = QtSpeaker(SpeechEngine(command), SpeechCache(tmp_path / "cache"), VoiceChoice())
    heard = Heard()
    speaker.listen(heard)
    try:
        lengths: list[Mapping[str, float]] = []
        speaker.prepare(["Three."], lengths.append)
        qtbot.waitUntil(lambda: bool(lengths), timeout=10000)
        assert lengths == [{}] and not speaker.speaking
        assert heard.notices == [
            "No voice: the speech engine espeak-ng is not installed. Install it with: "
            "sudo apt install libespeak-ng1. The session shows every cue on screen instead."
        ]
        cue = Cue(0.0, CueKind.COUNTDOWN, "Three.", Priority.BEAT, 0)
        speaker.speak(cue, time.monotonic())
        speaker.speak(cue, time.monotonic())
        assert [e[0] for e in heard.events] == ["started", "ended", "started"]
        assert len(heard.notices) == 1  # told once
    finally:
        speaker.close()


OPEN_THE_APPS_SPEAKER = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from backcoach.speech.qt_speaker import open_speaker
from backcoach.speech.speaker import SpeechListener
from backcoach.store.paths import resolve_paths
from backcoach.store.settings import Settings
speaker = open_speaker(resolve_paths(sys.argv[1], {}), Settings())
deadline = time.monotonic() + float(sys.argv[2])
while time.monotonic() < deadline and speaker.speaking:
    app.processEvents()
    time.sleep(0.01)
class Notices(SpeechListener):
    def notice(self, message):
        print("notice:", message)
speaker.listen(Notices())
ready = []
speaker.prepare(["Three."], ready.append)
deadline = time.monotonic() + 30
while time.monotonic() < deadline and not ready:
    app.processEvents()
    time.sleep(0.01)
print("ready:", [sorted(lengths) for lengths in ready])
print("speaking:", speaker.speaking)
print("QtMultimedia loaded:", "PySide6.QtMultimedia" in sys.modules)
speaker.close()
"""


def run_the_apps_speaker(tmp_path: Path, server: str, wait_s: float) -> str:
    env = {**os.environ, "PULSE_SERVER": server, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", OPEN_THE_APPS_SPEAKER, str(tmp_path), str(wait_s)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    return result.stdout


def test_with_no_sound_server_the_app_gets_captions_and_is_told_why(tmp_path: Path) -> None:
    # The fall-back happens on the audio thread before anyone listens; the notice waits
    # for the first listener instead of being lost.
    out = run_the_apps_speaker(tmp_path, f"unix:{tmp_path}/no-such-socket", 10)
    assert out.splitlines() == [
        "notice: No voice: no sound output was found (backcoach plays speech through "
        "PulseAudio or PipeWire; is one running?). The session shows every cue on screen "
        "instead.",
        "ready: [[]]",
        "speaking: False",
        "QtMultimedia loaded: False",
    ]


@needs_espeak
def test_the_app_speaks_through_pulseaudio_without_loading_qtmultimedia(
    null_sink: str, tmp_path: Path
) -> None:
    out = run_the_apps_speaker(tmp_path, null_sink, 1)
    assert out.splitlines() == [
        "ready: [['Three.']]",
        "speaking: True",
        "QtMultimedia loaded: False",
    ]
