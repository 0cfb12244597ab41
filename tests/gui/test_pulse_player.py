"""PulsePlayer's audio thread against a stand-in stream: order of commands, volume, failures.

The real libpulse path is heard in tests/e2e/test_speech_playback.py; here the stream
records what it is given and paces writes like a 20 ms server buffer.
"""

from __future__ import annotations

import array
import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from backcoach.speech import pulse_player
from backcoach.speech.pulse_player import BUFFER_FRAMES, NO_PULSE_LIBRARY, PulsePlayer, scaled
from backcoach.speech.pulse_stream import PulseError, PulseMissingError
from backcoach.speech.speaker import NO_OUTPUT
from backcoach.speech.wavfile import SAMPLE_RATE, SAMPLE_WIDTH, samples, to_pcm


class FakeStream:
    """Takes writes as a server with a 20 ms buffer would: each write waits as long as
    it lasts, so a clip takes its own length to play out."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.written: list[bytes] = []
        self.flushes = 0
        self.closed = False
        self._fail_after = fail_after
        self._lock = threading.Lock()

    def write(self, pcm: bytes) -> None:
        with self._lock:
            if self._fail_after is not None and len(self.written) >= self._fail_after:
                raise PulseError("Connection terminated")
            self.written.append(pcm)
        time.sleep(len(pcm) / SAMPLE_WIDTH / SAMPLE_RATE)

    def latency(self) -> float:
        return 0.0

    def flush(self) -> None:
        self.flushes += 1

    def close(self) -> None:
        self.closed = True

    def heard(self) -> list[int]:
        """Every sample after the opening silence."""
        with self._lock:
            return list(samples(b"".join(self.written[1:])))


def tone(value: int, seconds: float) -> bytes:
    return to_pcm(array.array("h", [value] * round(seconds * SAMPLE_RATE)))


class Events:
    def __init__(self, player: PulsePlayer) -> None:
        self.log: list[tuple[object, ...]] = []
        player.started.connect(lambda token, _at: self.log.append(("started", token)))
        player.ended.connect(lambda token, _at, done: self.log.append(("ended", token, done)))
        player.dropped.connect(lambda token: self.log.append(("dropped", token)))
        player.failed.connect(lambda message: self.log.append(("failed", message)))


@pytest.fixture
def stream() -> FakeStream:
    return FakeStream()


@pytest.fixture
def player(stream: FakeStream, qtbot: QtBot) -> Iterator[PulsePlayer]:
    player = PulsePlayer(open_stream=lambda: stream)
    player.start()
    qtbot.waitUntil(lambda: player.is_open, timeout=2000)
    yield player
    player.close()


def test_it_opens_with_a_buffer_of_silence_then_plays_a_cue_to_its_end(
    player: PulsePlayer, stream: FakeStream, qtbot: QtBot
) -> None:
    assert stream.written[0] == bytes(BUFFER_FRAMES * SAMPLE_WIDTH)
    events = Events(player)
    token = player.play(tone(1000, 0.05), time.monotonic())
    qtbot.waitUntil(lambda: ("ended", token, True) in events.log, timeout=2000)
    assert events.log == [("started", token), ("ended", token, True)]
    heard = stream.heard()
    assert heard.count(1000) == round(0.05 * SAMPLE_RATE)
    assert set(heard) <= {0, 1000}


def test_a_cue_handed_over_ahead_waits_for_its_moment(
    player: PulsePlayer, stream: FakeStream, qtbot: QtBot
) -> None:
    events = Events(player)
    handed = time.monotonic()
    token = player.play(tone(700, 0.02), handed + 0.3)
    qtbot.wait(150)
    assert events.log == [] and stream.heard() == []  # nothing written ahead of its time
    qtbot.waitUntil(lambda: ("ended", token, True) in events.log, timeout=2000)
    assert time.monotonic() - handed >= 0.3


def test_a_stop_covers_the_cues_handed_over_before_it_not_after(
    player: PulsePlayer, stream: FakeStream, qtbot: QtBot
) -> None:
    events = Events(player)
    now = time.monotonic()
    first = player.play(tone(500, 2.0), now)
    qtbot.waitUntil(lambda: ("started", first) in events.log, timeout=2000)
    later = player.play(tone(600, 0.1), now + 1.0)
    player.stop()
    after = player.play(tone(900, 0.05), time.monotonic())  # like "test voice": stop, then play
    qtbot.waitUntil(lambda: ("ended", after, True) in events.log, timeout=2000)
    assert events.log == [
        ("started", first),
        ("dropped", later),
        ("ended", first, False),
        ("started", after),
        ("ended", after, True),
    ]
    assert stream.flushes == 1  # what the server still held of the first is dropped
    heard = stream.heard()
    assert 600 not in heard and heard.count(900) == round(0.05 * SAMPLE_RATE)
    assert heard.count(500) < round(0.5 * SAMPLE_RATE)  # cut, not played out


def test_volume_scales_what_is_written(
    player: PulsePlayer, stream: FakeStream, qtbot: QtBot
) -> None:
    events = Events(player)
    player.set_volume(0.25)
    token = player.play(tone(4000, 0.03), time.monotonic())
    qtbot.waitUntil(lambda: ("ended", token, True) in events.log, timeout=2000)
    assert set(stream.heard()) <= {0, 1000} and 1000 in stream.heard()


def test_scaled_keeps_full_volume_as_is_and_scales_each_sample() -> None:
    pcm = to_pcm(array.array("h", [32767, -32768, 3, -3, 0]))
    assert scaled(pcm, 1.0) is pcm
    assert list(samples(scaled(pcm, 0.5))) == [16383, -16384, 1, -1, 0]
    assert list(samples(scaled(pcm, 0.0))) == [0, 0, 0, 0, 0]


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PulseError("Connection refused"), NO_OUTPUT),
        (
            PulseMissingError("libpulse-simple.so.0: cannot open shared object file"),
            NO_PULSE_LIBRARY,
        ),
    ],
)
def test_no_output_means_failed_with_the_reason_in_words(
    qtbot: QtBot, error: PulseError, reason: str
) -> None:
    def refuse() -> FakeStream:
        raise error

    player = PulsePlayer(open_stream=refuse)
    try:
        with qtbot.waitSignal(player.failed, timeout=2000) as failed:
            player.start()
        assert failed.args == [reason] and not player.is_open
        player.start()  # again, once its thread has ended: nothing happens
    finally:
        player.close()
    assert "sudo apt install libpulse0" in NO_PULSE_LIBRARY


def test_a_lost_server_is_connected_again_and_the_next_cue_plays(qtbot: QtBot) -> None:
    streams = [FakeStream(fail_after=3), FakeStream()]
    opened: list[FakeStream] = []

    def connect() -> FakeStream:
        opened.append(streams[len(opened)])
        return opened[-1]

    player = PulsePlayer(open_stream=connect)
    events = Events(player)
    player.start()
    try:
        qtbot.waitUntil(lambda: player.is_open, timeout=2000)
        cut = player.play(tone(800, 1.0), time.monotonic())
        qtbot.waitUntil(lambda: ("ended", cut, False) in events.log, timeout=2000)
        qtbot.waitUntil(lambda: len(opened) == 2, timeout=2000)
        after = player.play(tone(900, 0.05), time.monotonic())
        qtbot.waitUntil(lambda: ("ended", after, True) in events.log, timeout=2000)
        assert events.log == [
            ("started", cut),
            ("ended", cut, False),
            ("started", after),
            ("ended", after, True),
        ]
        assert streams[0].closed and player.is_open
        assert streams[1].heard().count(900) == round(0.05 * SAMPLE_RATE)
    finally:
        player.close()


def test_a_server_that_stays_away_ends_the_cue_and_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pulse_player, "RECONNECT_S", 0.3)
    stream = FakeStream(fail_after=3)
    connects: list[float] = []

    def connect() -> FakeStream:
        if connects:
            raise PulseError("Connection refused")
        connects.append(time.monotonic())
        return stream

    player = PulsePlayer(open_stream=connect)
    events = Events(player)
    player.start()
    try:
        qtbot.waitUntil(lambda: player.is_open, timeout=2000)
        token = player.play(tone(800, 1.0), time.monotonic())
        qtbot.waitUntil(lambda: any(entry[0] == "failed" for entry in events.log), timeout=2000)
        assert events.log == [
            ("started", token),
            ("ended", token, False),
            ("failed", "the sound output failed (Connection terminated)"),
        ]
        assert stream.closed and not player.is_open
    finally:
        player.close()


def test_closing_while_it_waits_for_a_lost_server_says_nothing_failed(qtbot: QtBot) -> None:
    stream = FakeStream(fail_after=3)
    player = PulsePlayer(open_stream=lambda: stream)  # the same broken stream, again and again
    events = Events(player)
    player.start()
    qtbot.waitUntil(lambda: player.is_open, timeout=2000)
    token = player.play(tone(800, 1.0), time.monotonic())
    qtbot.waitUntil(lambda: ("ended", token, False) in events.log, timeout=2000)
    began = time.monotonic()
    player.close()
    assert time.monotonic() - began < 1.0  # not the whole reconnect time
    qtbot.wait(100)
    assert [entry[0] for entry in events.log] == ["started", "ended"]


def test_close_ends_the_audio_thread_and_closes_the_stream(
    stream: FakeStream, qtbot: QtBot
) -> None:
    player = PulsePlayer(open_stream=lambda: stream)
    player.start()
    qtbot.waitUntil(lambda: player.is_open, timeout=2000)
    player.play(tone(300, 5.0), time.monotonic())
    began = time.monotonic()
    player.close()
    assert time.monotonic() - began < 0.5  # a write lasts one piece, then it sees the close
    assert stream.closed and not player.is_open
