"""Plays rendered cues through PulseAudio (or PipeWire's pulse server) on an audio thread.

The same contract as QtPlayer (signals started/ended/dropped/opened/failed, calls that
return at once) without QtMultimedia: a Python thread owns a PulseStream and a Mixer.
Writes block while the server holds 40 ms, which paces the thread while a cue plays; in
between it sleeps until just before the next cue is due. A stop flushes what the server
still holds, so it is heard within the sink's own latency.
"""

from __future__ import annotations

import array
import itertools
import threading
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from backcoach.speech.mixer import Job, Mixer
from backcoach.speech.player_signals import PlayerSignals
from backcoach.speech.pulse_stream import PulseError, PulseMissingError, PulseStream
from backcoach.speech.speaker import NO_OUTPUT
from backcoach.speech.wavfile import SAMPLE_RATE, SAMPLE_WIDTH, samples, to_pcm

# 40 ms queued at the server, written 20 ms at a time: the thread wakes every 20 ms while
# a cue plays. (10 ms into 20 ms took 1.4 % of a core while speaking, this 0.8 %, 20 ms
# into 60 ms 0.7 %.) A stop flushes the queue, so its length does not delay a stop; it
# only delays a cue handed over less than 40 ms before it is due (the session hands cues
# over 100 ms ahead).
BUFFER_FRAMES = 882
PIECE_FRAMES = 441
WAKE_LEAD_S = PIECE_FRAMES / SAMPLE_RATE / 2  # see _next_turn
JOIN_TIMEOUT_S = 2.0
RECONNECT_S = 3.0  # how long a lost sound server is waited for before captions take over
RETRY_S = 0.25
NO_PULSE_LIBRARY = (
    "the sound library libpulse is not installed. Install it with: sudo apt install libpulse0"
)


class Stream(Protocol):
    """What the audio thread needs of a PulseStream (tests give it a stand-in)."""

    def write(self, pcm: bytes) -> None: ...

    def latency(self) -> float: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


def open_pulse_stream() -> Stream:
    """The app's stream, as mixers list it: "backcoach", "Spoken cues"."""
    return PulseStream("backcoach", "Spoken cues", SAMPLE_RATE, BUFFER_FRAMES * SAMPLE_WIDTH)


def scaled(pcm: bytes, volume: float) -> bytes:
    """16-bit ``pcm`` at ``volume`` (0..1); as it is at 1. (A pa_simple stream has no
    volume of its own; a 20 ms piece costs about 30 us in plain Python.)"""
    if volume >= 1.0:
        return pcm
    return to_pcm(array.array("h", [int(value * volume) for value in samples(pcm)]))


class PulsePlayer(PlayerSignals):
    """The GUI thread's handle on the audio thread. Every call but close returns at once."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        open_stream: Callable[[], Stream] = open_pulse_stream,
    ) -> None:
        super().__init__(parent)
        self._open_stream = open_stream
        self._tokens = itertools.count(1)
        self._lock = threading.Condition()
        # Shared with the audio thread, under the lock:
        self._incoming: list[Job] = []
        self._stop_at: int | None = None  # a stop covers the first this many of _incoming
        self._closing = False
        self._started = False
        self._volume = 1.0
        self._open = threading.Event()
        # Signals emitted on the audio thread are queued to receivers on the GUI thread.
        self._thread = threading.Thread(target=self._run, name="speech-audio", daemon=True)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.close)

    def start(self) -> None:
        """Connects on the audio thread; ``opened`` or ``failed`` follows. Separate from
        the constructor so that those can be connected first: a refused connection
        fails at once. Starting again does nothing."""
        with self._lock:
            if not self._started and not self._closing:
                self._started = True
                self._thread.start()

    @property
    def is_open(self) -> bool:
        """True from when the stream is connected and started (``opened``) until closed."""
        return self._open.is_set()

    def play(self, pcm: bytes, at: float, priority: int = 0) -> int:
        """Schedules 16-bit mono 22050 Hz ``pcm`` to be heard from ``at``; returns its token."""
        token = next(self._tokens)
        with self._lock:
            self._incoming.append(Job(at, token, priority, pcm))
            self._lock.notify()
        return token

    def stop(self) -> None:
        with self._lock:
            # A stop covers what was handed over before it, not what comes after.
            self._stop_at = len(self._incoming)
            self._lock.notify()

    def set_volume(self, volume: float) -> None:
        with self._lock:
            self._volume = max(0.0, min(1.0, volume))

    def close(self) -> None:
        with self._lock:
            self._closing = True
            self._lock.notify()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(JOIN_TIMEOUT_S)

    # -- the audio thread ---------------------------------------------------------------

    def _run(self) -> None:
        try:
            stream = self._connect()
        except PulseMissingError:
            self.failed.emit(NO_PULSE_LIBRARY)
            return
        except PulseError:
            self.failed.emit(NO_OUTPUT)
            return
        self._open.set()
        self.opened.emit()
        mixer = Mixer(self.started.emit, self.ended.emit, self.dropped.emit)
        try:
            while True:
                try:
                    self._play_until_closed(mixer, stream)
                    return
                except PulseError as error:
                    # The server went away (restarted, say): cut what played and connect
                    # again; only if that keeps failing is the voice given up.
                    mixer.stop(time.monotonic())
                    stream.close()
                    reconnected = self._reconnect()
                    if reconnected is None:
                        if not self._closing:
                            self.failed.emit(f"the sound output failed ({error})")
                        return
                    stream = reconnected
        finally:
            self._open.clear()
            stream.close()

    def _connect(self) -> Stream:
        stream = self._open_stream()
        try:
            # The first write after connecting waits for the sink to start (1-2 s on a
            # null sink): spend that now, on silence, not on the first cue.
            stream.write(bytes(BUFFER_FRAMES * SAMPLE_WIDTH))
        except PulseError:
            stream.close()
            raise
        return stream

    def _reconnect(self) -> Stream | None:
        """A new stream, tried every RETRY_S for RECONNECT_S; None if none came (or the
        player is closing). Cues handed over meanwhile wait, and are dropped if that
        made them late."""
        deadline = time.monotonic() + RECONNECT_S
        while True:
            with self._lock:
                if self._closing:
                    return None
            try:
                return self._connect()
            except PulseError:
                if time.monotonic() >= deadline:
                    return None
            with self._lock:
                self._lock.wait(RETRY_S)

    def _play_until_closed(self, mixer: Mixer, stream: Stream) -> None:
        while self._next_turn(mixer, stream):
            piece = mixer.fill(PIECE_FRAMES, time.monotonic() + stream.latency())
            if piece:
                stream.write(scaled(piece, self._volume))

    def _next_turn(self, mixer: Mixer, stream: Stream) -> bool:
        """Takes in what the GUI thread sent and waits until there is something to write
        (a cue playing, or one due within the next piece); False when closing."""
        while True:
            latency = stream.latency()  # outside the lock: it may wait on the server
            with self._lock:
                stopped = self._take_commands(mixer)
                if self._closing:
                    mixer.stop(time.monotonic())
                    return False
                if not stopped:
                    if mixer.playing:
                        return True
                    due = mixer.next_due()
                    if due is None:
                        self._lock.wait()
                        continue
                    # Woken with half a piece to spare: the piece then holds the silence up
                    # to the cue and its start, so the cue is sample-exact even if this
                    # thread wakes up to half a piece (10 ms) late.
                    wait = due - time.monotonic() - latency - WAKE_LEAD_S
                    if wait <= 0:
                        return True
                    self._lock.wait(wait)
                    continue
            stream.flush()  # outside the lock: a round trip to the server

    def _take_commands(self, mixer: Mixer) -> bool:
        """Hands the new cues to the mixer and carries out a stop; True if there was one."""
        stopped = self._stop_at is not None
        if self._stop_at is not None:
            for job in self._incoming[: self._stop_at]:
                mixer.add(job)
            del self._incoming[: self._stop_at]
            self._stop_at = None
            mixer.stop(time.monotonic())  # each of them dropped, the playing one cut
        for job in self._incoming:
            mixer.add(job)
        self._incoming.clear()
        return stopped
