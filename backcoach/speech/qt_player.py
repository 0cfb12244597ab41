"""Plays rendered cues through QtMultimedia on an audio thread: on their moment, hushed at once.

One QAudioSink in push mode, fed only while a clip plays, through a 20 ms buffer. A
sample written is heard about 30 ms later with Qt 6.11 (its PulseAudio backend pushes
every 20 ms), about 5 ms later with Qt 6.12 and a 128-frame period; a cue handed over
ahead of its moment is started that much early, so it is heard on its moment. A stop
is heard within the buffer plus that latency. (Measured through a PulseAudio null
sink; QSoundEffect, 40-90 ms late, and the sink's pull mode, which reads 16 KB at a
time and so ~370 ms late, were measured too and rejected. See docs/speech.md.)
"""

from __future__ import annotations

import bisect
import itertools
import time
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QIODevice,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from backcoach.speech.wavfile import SAMPLE_RATE, SAMPLE_WIDTH

BUFFER_FRAMES = 441  # 20 ms: the most that still plays after a stop
PERIOD_FRAMES = 128  # Qt 6.12+: a power of two; small periods keep the stream's latency low
# From writing a sample to hearing it, through PulseAudio (measured on a null sink).
LATENCY_S = 0.005 if hasattr(QAudioSink, "setNativePeriodFrameCount") else 0.030
FEED_MS = 4  # how often the audio thread tops the 20 ms buffer up while a clip plays
MAX_LATE_S = 0.3  # a cue this late (a frozen machine, say) is dropped: off the beat is wrong
NO_OUTPUT = ("no sound output was found (backcoach plays speech through PulseAudio or "
             "PipeWire; is one running?)")


@dataclass(order=True)
class _Job:
    at: float  # time.monotonic() when its first sample should be heard
    token: int
    priority: int = field(compare=False)
    pcm: bytes = field(compare=False, repr=False)
    pos: int = field(default=0, compare=False)  # bytes already written

    @property
    def done(self) -> bool:
        return self.pos >= len(self.pcm)


def sink_format() -> QAudioFormat:
    audio_format = QAudioFormat()
    audio_format.setSampleRate(SAMPLE_RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format


class _Mixer(QObject):
    """Lives on the audio thread; the only object that touches the sink."""

    opened = Signal()
    started = Signal(int, float)  # token, when its first sample is heard
    ended = Signal(int, float, bool)  # token, when it went quiet, whether it played to the end
    dropped = Signal(int)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._timer: QTimer | None = None
        self._waiting: list[_Job] = []  # sorted by at
        self._current: _Job | None = None
        self._volume = 1.0

    @Slot()
    def open(self) -> None:
        device = QMediaDevices.defaultAudioOutput()
        audio_format = sink_format()
        if device.isNull():
            self.failed.emit(NO_OUTPUT)
            return
        if not device.isFormatSupported(audio_format):
            self.failed.emit(f"the sound output {device.description()} cannot play 22050 Hz mono")
            return
        sink = QAudioSink(device, audio_format, self)
        sink.setBufferSize(BUFFER_FRAMES * SAMPLE_WIDTH)
        if hasattr(sink, "setNativePeriodFrameCount"):  # new in Qt 6.12
            sink.setNativePeriodFrameCount(PERIOD_FRAMES)
        sink.setVolume(self._volume)
        io = sink.start()
        if io is None or sink.error() != QtAudio.Error.NoError:
            self.failed.emit(f"the sound output {device.description()} did not open")
            return
        self._sink, self._io = sink, io
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FEED_MS)
        self._timer.timeout.connect(self._feed)
        self.opened.emit()

    @Slot(object)
    def play(self, job: _Job) -> None:
        if self._sink is None:
            self.dropped.emit(job.token)
            return
        bisect.insort(self._waiting, job)
        self._feed()
        if self._timer is not None and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def stop(self) -> None:
        now = time.monotonic()
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            self.dropped.emit(job.token)
        if self._current is not None:
            self.ended.emit(self._current.token, now, False)
            self._current = None
        if self._timer is not None:
            self._timer.stop()

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._sink is not None:
            self._sink.setVolume(volume)

    @Slot()
    def close(self) -> None:
        self.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = self._io = None

    def _feed(self) -> None:
        sink, io = self._sink, self._io
        if sink is None or io is None:
            return
        room = sink.bytesFree() // SAMPLE_WIDTH
        queued = max(0, sink.bufferSize() // SAMPLE_WIDTH - room)
        # When the next frame written will be heard.
        cursor = time.monotonic() + queued / SAMPLE_RATE + LATENCY_S
        out = bytearray()
        while room > 0:
            step = self._next_piece(room, cursor)
            if step is None:
                break
            piece, cursor = step
            out += piece
            room -= len(piece) // SAMPLE_WIDTH
        if out:
            io.write(bytes(out))
        if self._current is None and not self._waiting and self._timer is not None:
            self._timer.stop()

    def _next_piece(self, room: int, cursor: float) -> tuple[bytes, float] | None:
        """The next samples to write (at most ``room`` frames) and the cursor after them;
        None when nothing is to be written before the next feed."""
        upcoming = self._waiting[0] if self._waiting else None
        current = self._current
        if current is None:
            if upcoming is None:
                return None
            gap = round((upcoming.at - cursor) * SAMPLE_RATE)
            if gap >= room:
                return None  # it starts after this window; writing silence only adds delay
            self._waiting.pop(0)
            if cursor - upcoming.at > MAX_LATE_S:
                self.dropped.emit(upcoming.token)
                return b"", cursor
            silence = max(0, gap)  # sample-exact start when it is still ahead
            cursor += silence / SAMPLE_RATE
            self._current = upcoming
            self.started.emit(upcoming.token, cursor)
            return bytes(silence * SAMPLE_WIDTH), cursor
        frames = min(room, (len(current.pcm) - current.pos) // SAMPLE_WIDTH)
        if upcoming is not None:
            until = max(0, round((upcoming.at - cursor) * SAMPLE_RATE))
            if until < frames:
                # The next cue is due inside this piece: write up to its moment, then the
                # more important of the two goes on (the playing one on a tie).
                piece = self._take(current, until)
                cursor += until / SAMPLE_RATE
                self._waiting.pop(0)
                if upcoming.priority > current.priority:
                    self.ended.emit(current.token, cursor, False)
                    self._current = upcoming
                    self.started.emit(upcoming.token, cursor)
                else:
                    self.dropped.emit(upcoming.token)
                return piece, cursor
        piece = self._take(current, frames)
        cursor += frames / SAMPLE_RATE
        if current.done:
            self.ended.emit(current.token, cursor, True)
            self._current = None
        return piece, cursor

    @staticmethod
    def _take(job: _Job, frames: int) -> bytes:
        piece = job.pcm[job.pos : job.pos + frames * SAMPLE_WIDTH]
        job.pos += len(piece)
        return piece


class QtPlayer(QObject):
    """The GUI thread's handle on the audio thread. Every call returns at once."""

    opened = Signal()
    started = Signal(int, float)
    ended = Signal(int, float, bool)
    dropped = Signal(int)
    failed = Signal(str)

    _open = Signal()
    _play = Signal(object)
    _stop = Signal()
    _volume = Signal(float)
    _close = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._thread = QThread()
        self._thread.setObjectName("speech-audio")
        self._mixer = _Mixer()
        self._mixer.moveToThread(self._thread)
        # Queued across the thread boundary: the GUI thread never waits on the audio one,
        # except on close, which must not return before the sink is gone.
        self._open.connect(self._mixer.open)
        self._play.connect(self._mixer.play)
        self._stop.connect(self._mixer.stop)
        self._volume.connect(self._mixer.set_volume)
        self._close.connect(self._mixer.close, Qt.ConnectionType.BlockingQueuedConnection)
        for source, target in ((self._mixer.opened, self.opened),
                               (self._mixer.started, self.started),
                               (self._mixer.ended, self.ended),
                               (self._mixer.dropped, self.dropped),
                               (self._mixer.failed, self.failed)):
            source.connect(target)
        self._thread.start(QThread.Priority.HighPriority)
        self._open.emit()
        # A QThread destroyed while running aborts the process: end it with the app at least.
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.close)

    def play(self, pcm: bytes, at: float, priority: int = 0) -> int:
        """Schedules 16-bit mono 22050 Hz ``pcm`` to be heard from ``at``; returns its token."""
        token = next(self._tokens)
        self._play.emit(_Job(at, token, priority, pcm))
        return token

    def stop(self) -> None:
        self._stop.emit()

    def set_volume(self, volume: float) -> None:
        self._volume.emit(max(0.0, min(1.0, volume)))

    def close(self) -> None:
        if self._thread.isRunning():
            self._close.emit()
            self._thread.quit()
            self._thread.wait()
