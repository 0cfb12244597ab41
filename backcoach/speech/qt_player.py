"""Plays rendered cues through QtMultimedia on an audio thread: on their moment, hushed at once.

The player for where libpulse cannot be loaded (Windows, macOS): on Linux the app uses
PulsePlayer (pulse_player.py), which keeps QtMultimedia's 20 MiB out of the process.
One QAudioSink in push mode, fed only while a clip plays, through a 20 ms buffer. A
sample written is heard about 30 ms later with Qt 6.11 (its PulseAudio backend pushes
every 20 ms), about 5 ms later with Qt 6.12 and a 128-frame period; a cue handed over
ahead of its moment is started that much early, so it is heard on its moment. A stop
is heard within the buffer plus that latency. (Measured through a PulseAudio null
sink; QSoundEffect, 40-90 ms late, and the sink's pull mode, which reads 16 KB at a
time and so ~370 ms late, were measured too and rejected. See docs/speech.md.)
"""

from __future__ import annotations

import itertools
import threading
import time

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

from backcoach.speech.mixer import Job, Mixer
from backcoach.speech.player_signals import PlayerSignals
from backcoach.speech.speaker import NO_OUTPUT
from backcoach.speech.wavfile import SAMPLE_RATE, SAMPLE_WIDTH

BUFFER_FRAMES = 441  # 20 ms: the most that still plays after a stop
PERIOD_FRAMES = 128  # Qt 6.12+: a power of two; small periods keep the stream's latency low
# From writing a sample to hearing it, through PulseAudio (measured on a null sink).
LATENCY_S = 0.005 if hasattr(QAudioSink, "setNativePeriodFrameCount") else 0.030
FEED_MS = 4  # how often the audio thread tops the 20 ms buffer up while a clip plays


def sink_format() -> QAudioFormat:
    audio_format = QAudioFormat()
    audio_format.setSampleRate(SAMPLE_RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format


class _SinkFeeder(PlayerSignals):
    """Lives on the audio thread; the only object that touches the sink."""

    def __init__(self) -> None:
        super().__init__()
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._timer: QTimer | None = None
        self._mixer = Mixer(self.started.emit, self.ended.emit, self.dropped.emit)
        self._volume = 1.0
        self.is_open = threading.Event()  # read from the GUI thread

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
        self.is_open.set()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FEED_MS)
        self._timer.timeout.connect(self._feed)
        self.opened.emit()

    @Slot(object)
    def play(self, job: Job) -> None:
        if self._sink is None:
            self.dropped.emit(job.token)
            return
        self._mixer.add(job)
        self._feed()
        if self._timer is not None and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def stop(self) -> None:
        self._mixer.stop(time.monotonic())
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
        self.is_open.clear()

    def _feed(self) -> None:
        sink, io = self._sink, self._io
        if sink is None or io is None:
            return
        room = sink.bytesFree() // SAMPLE_WIDTH
        queued = max(0, sink.bufferSize() // SAMPLE_WIDTH - room)
        # When the next frame written will be heard.
        cursor = time.monotonic() + queued / SAMPLE_RATE + LATENCY_S
        out = self._mixer.fill(room, cursor)
        if out:
            io.write(out)
        if self._mixer.idle and self._timer is not None:
            self._timer.stop()


class QtPlayer(PlayerSignals):
    """The GUI thread's handle on the audio thread. Every call returns at once."""

    _open = Signal()
    _play = Signal(object)
    _stop = Signal()
    _volume = Signal(float)
    _close = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._started = False
        self._thread = QThread()
        self._thread.setObjectName("speech-audio")
        self._feeder = _SinkFeeder()
        self._feeder.moveToThread(self._thread)
        # Queued across the thread boundary: the GUI thread never waits on the audio one,
        # except on close, which must not return before the sink is gone.
        self._open.connect(self._feeder.open)
        self._play.connect(self._feeder.play)
        self._stop.connect(self._feeder.stop)
        self._volume.connect(self._feeder.set_volume)
        self._close.connect(self._feeder.close, Qt.ConnectionType.BlockingQueuedConnection)
        for source, target in (
            (self._feeder.opened, self.opened),
            (self._feeder.started, self.started),
            (self._feeder.ended, self.ended),
            (self._feeder.dropped, self.dropped),
            (self._feeder.failed, self.failed),
        ):
            source.connect(target)
        self._thread.start(QThread.Priority.HighPriority)
        # A QThread destroyed while running aborts the process: end it with the app at least.
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.close)

    def start(self) -> None:
        """Opens the sink on the audio thread; ``opened`` or ``failed`` follows (connect
        them first). Starting again does nothing."""
        if not self._started:
            self._started = True
            self._open.emit()

    @property
    def is_open(self) -> bool:
        """True from when the sink is open (``opened``) until closed."""
        return self._feeder.is_open.is_set()

    def play(self, pcm: bytes, at: float, priority: int = 0) -> int:
        """Schedules 16-bit mono 22050 Hz ``pcm`` to be heard from ``at``; returns its token."""
        token = next(self._tokens)
        self._play.emit(Job(at, token, priority, pcm))
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
