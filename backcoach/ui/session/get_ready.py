"""The countdown before a session: time to get onto the floor while every cue is rendered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.session.cues import Cue, CueKind, Priority
from backcoach.session.machine import SessionMachine
from backcoach.session.plan import Timeline
from backcoach.speech.schedule import session_cues
from backcoach.speech.session_voice import prepare_session
from backcoach.speech.speaker import Speaker
from backcoach.ui.session.display import Display, describe_get_ready

TICK_MS = 100  # the countdown redraws this often
VOICE_GRACE_S = 10.0  # after the countdown, how long to wait for the voice to be rendered
SPOKEN_MIN_S = 5  # shorter countdowns are not announced


class GetReady(QObject):
    """Counts down on the session's clock; ``done`` hands over the machine to run once the
    countdown is over and the voice is rendered (or late: then with estimated lengths)."""

    done = Signal(object)  # the SessionMachine
    changed = Signal(bool)  # time to redraw; True: at once (a pause), False: a tick
    said = Signal(str)  # the "get ready" announcement, for the caption

    def __init__(
        self,
        timeline: Timeline,
        speaker: Speaker,
        seconds: int,
        clock: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.speaker = speaker
        self.seconds = seconds
        self.clock = clock
        self.paused = False
        self._left = float(seconds)  # seconds left at _from
        self._from = clock()
        self._machine: SessionMachine | None = None
        self._over_at: float | None = None
        self._finished = False  # done was emitted, or the countdown was cancelled
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def begin(self) -> None:
        self._timer.start()  # first: a speaker may be ready at once
        if self.seconds >= SPOKEN_MIN_S:
            self._announce()
        prepare_session(self.timeline, self.speaker, self._on_prepared)
        if not self._finished:  # a speaker that was ready at once may have started it
            self.changed.emit(True)
            self.tick()

    def remaining(self, now: float) -> float:
        return self._left if self.paused else max(0.0, self._left - (now - self._from))

    def display(self) -> Display:
        left = self.remaining(self.clock())
        return describe_get_ready(
            self.timeline,
            left,
            paused=self.paused,
            waiting_for_voice=left <= 0 and self._machine is None,
        )

    def pause(self) -> None:
        if not self.paused:
            self._left, self.paused = self.remaining(self.clock()), True
            self.speaker.cancel()
            self.changed.emit(True)

    def resume(self) -> None:
        if self.paused:
            self._from, self.paused = self.clock(), False
            self.changed.emit(True)

    def start_now(self) -> None:
        """No more waiting but for the voice."""
        self._left, self.paused = 0.0, False
        self.speaker.cancel()
        self.tick()

    def cancel(self) -> None:
        self._finished = True
        self._timer.stop()
        self.speaker.cancel()

    def tick(self) -> None:
        if self._finished:
            return
        now = self.clock()
        if self.paused or self.remaining(now) > 0:
            self.changed.emit(False)
            return
        if self._machine is None:
            if self._over_at is None:
                self._over_at = now
                self.changed.emit(True)
            if now - self._over_at < VOICE_GRACE_S:
                return
            # The voice is late: go on with estimated lengths rather than keep them waiting.
            self._machine = SessionMachine(self.timeline, session_cues(self.timeline, {}))
        self._finished = True
        self._timer.stop()
        self.done.emit(self._machine)

    def _announce(self) -> None:
        text = self.timeline.phrases.get_ready_line(self.timeline.routine.title, self.seconds)
        cue = Cue(
            0.0,
            CueKind.INTRO,
            text,
            Priority.NORMAL,
            -1,
            words_per_second=self.timeline.phrases.words_per_second,
        )

        def say(_lengths: object) -> None:
            if not self._finished and not self.paused:
                self.speaker.speak(cue, self.clock())
                self.said.emit(text)

        self.speaker.prepare([text], say)

    def _on_prepared(self, machine: SessionMachine) -> None:
        if not self._finished and self._machine is None:
            self._machine = machine
            self.tick()
