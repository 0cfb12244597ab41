"""The countdown before the first move: getting onto the floor while the intro is said.

The plan's first prepare step *is* the get-ready time (``PlanOptions.get_ready_s`` is its
least length): it opens with "Get ready", says the first exercise's name, dose and setup
and ends with three-two-one. While it runs the window shows the get-ready countdown; the
machine runs it here and is handed to the session's driver just before the first move.
Before that, every cue is rendered and measured and the plan is fitted to those lengths,
and the sound output is opened; the announcement is said at once, rendered first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.session.cues import Cue, CueKind, Priority, planned_cues
from backcoach.session.machine import CueDue, SessionMachine, State
from backcoach.session.plan import Timeline, get_ready_lines, replan
from backcoach.speech.schedule import FIT_ROUNDS, distinct_texts, fit_to_speech, session_cues
from backcoach.speech.session_voice import SessionVoice
from backcoach.speech.speaker import Speaker
from backcoach.ui.session.display import Display, describe_get_ready

TICK_MS = 100  # the countdown redraws this often
RUNNING_TICK_MS = 40  # while the intro is said: cues are handed over 100 ms ahead
HANDOVER_S = 0.5  # the driver takes the machine over this long before the first move
VOICE_GRACE_S = 10.0  # once the intro is due, how long to wait for the voice to be rendered


def with_get_ready(timeline: Timeline, seconds: float) -> Timeline:
    """``timeline`` planned with this get-ready time (the user's setting)."""
    if timeline.options.get_ready_s == seconds:
        return timeline
    return replan(timeline, get_ready_s=float(seconds))


class GetReady(QObject):
    """Counts down to the first move on the session's clock; ``done`` hands over the
    machine, already running its first step (not started: with no get-ready time, or after
    "start now", the session runs that step itself from its start)."""

    done = Signal(object)  # the SessionMachine
    changed = Signal(bool)  # time to redraw; True: at once (a pause), False: a tick
    said = Signal(str)  # the cue being said, for the caption

    def __init__(
        self,
        timeline: Timeline,
        speaker: Speaker,
        seconds: int,
        clock: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline = with_get_ready(timeline, seconds)
        self.speaker = speaker
        self.seconds = seconds
        self.clock = clock
        self.paused = False
        # With no get-ready time the first prepare step runs in the session as any other.
        self.merged = seconds > 0
        first = self.timeline.steps[0]
        self._countdown_s = first.duration if self.merged else 0.0
        self._left = self._countdown_s  # seconds left at _from
        self._from = clock()
        # Into the countdown when the intro is due: the countdown waits there for the voice.
        self._intro_at = _first_cue_after_announcement(self.timeline, first.duration)
        self._lengths: dict[str, float] = {}
        self._asked: set[str] = set()
        self._rounds = 0
        self._machine: SessionMachine | None = None
        self._voice: SessionVoice | None = None
        self._now = False  # "start now": the driver runs the first step from its start
        self._over_at: float | None = None
        self._finished = False  # done was emitted, or the countdown was cancelled
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def begin(self) -> None:
        self._timer.start()  # first: a speaker may be ready at once
        self._announce()
        self._render(self.timeline)
        if not self._finished:  # a speaker that was ready at once may have started it
            self.changed.emit(True)
            self.tick()

    def remaining(self, now: float) -> float:
        """Seconds to the first move (with no get-ready time: to the session's start)."""
        machine = self._machine
        if machine is not None and machine.state is not State.READY:
            return machine.step_remaining(now)
        return self._left if self.paused else max(0.0, self._left - (now - self._from))

    def display(self) -> Display:
        now = self.clock()
        left = self.remaining(now)
        started = self._machine is not None and self._machine.state is not State.READY
        return describe_get_ready(
            self.timeline,
            left,
            paused=self.paused,
            waiting_for_voice=not started and self._waiting(now) and self._machine is None,
        )

    def pause(self) -> None:
        if self.paused:
            return
        now = self.clock()
        if self._running():
            assert self._machine is not None and self._voice is not None
            self._machine.pause(now)
            self._voice.hush()  # silences the speaker, and forgets what was handed over
        else:
            self._left = self.remaining(now)
            self.speaker.cancel()
        self.paused = True
        self.changed.emit(True)

    def resume(self) -> None:
        if not self.paused:
            return
        now = self.clock()
        self.paused = False
        if self._machine is not None and self._machine.state is State.PAUSED:
            self._machine.resume(now)
        else:
            self._from = now
        self.changed.emit(True)
        self.tick()

    def start_now(self) -> None:
        """No more countdown: the first step runs in the session from its start, its intro
        said in full (the session waits only for its voice)."""
        self.paused = False
        self._left = 0.0
        self._now = True
        if self._voice is not None:
            self._voice.hush()
        else:
            self.speaker.cancel()
        machine = self._machine
        if machine is not None and machine.state in (State.RUNNING, State.PAUSED):
            if machine.state is State.PAUSED:
                machine.resume(self.clock())
            machine.repeat(self.clock())  # from the start of the first step
        self.tick()

    def cancel(self) -> None:
        self._finished = True
        self._timer.stop()
        self.speaker.cancel()

    def tick(self) -> None:
        if self._finished:
            return
        now = self.clock()
        machine = self._machine
        if self.paused:
            self.changed.emit(False)
            return
        if machine is None:
            if self._waiting(now):
                self._wait_for_voice(now)
            else:
                self.changed.emit(False)
            return
        if machine.state is State.READY:
            if not self.merged or self._now:
                self._hand_over(machine)
                return
            self._start(machine, now)
        if self._now or self._due_to_hand_over(machine, now):
            self._hand_over(machine)
            return
        assert self._voice is not None
        for event in machine.tick(now):
            if isinstance(event, CueDue):
                self._voice.cue_due(event)
                self.said.emit(event.cue.text)
        self._voice.look_ahead(now)
        self.changed.emit(False)

    # -- internals ----------------------------------------------------------------------

    def _waiting(self, now: float) -> bool:
        """The countdown has reached the intro (or its end) and the voice is not ready."""
        left = self.remaining(now)
        return self._countdown_s - left >= self._intro_at or left <= 0

    def _wait_for_voice(self, now: float) -> None:
        if self._over_at is None:
            self._over_at = now
            self.changed.emit(True)
        if now - self._over_at < VOICE_GRACE_S:
            return
        # The voice is late: go on with what was measured so far rather than keep waiting.
        self._build(fit_to_speech(self.timeline, self._lengths))
        self.tick()

    def _running(self) -> bool:
        return self._machine is not None and self._machine.state is State.RUNNING

    def _start(self, machine: SessionMachine, now: float) -> None:
        """Starts the first step as far into it as the countdown already went, but never
        past its first cue still to say: the time waited for the voice is not lost."""
        counted = max(0.0, self._countdown_s - self.remaining(now))
        first_cue = _first_cue_after_announcement(machine.timeline, machine.step.duration)
        machine.start(now - min(counted, first_cue))
        self.timeline = machine.timeline
        self._voice = SessionVoice(machine, self.speaker)
        self._timer.setInterval(RUNNING_TICK_MS)

    def _due_to_hand_over(self, machine: SessionMachine, now: float) -> bool:
        if machine.step.index > 0:
            return True
        # Every cue of the step said: only the end of the countdown is left to wait for.
        return (
            machine.next_deadline() == machine.step_end() and now >= machine.step_end() - HANDOVER_S
        )

    def _hand_over(self, machine: SessionMachine) -> None:
        self._finished = True
        self._timer.stop()
        self.done.emit(machine)

    def _announce(self) -> None:
        if not self.merged:
            return
        lines = get_ready_lines(self.timeline)
        if not lines:
            return
        text = lines[0]
        cue = Cue(
            0.0,
            CueKind.GET_READY,
            text,
            Priority.NORMAL,
            -1,
            words_per_second=self.timeline.options.words_per_second,
        )

        def say(_lengths: object) -> None:
            if not self._finished and not self.paused and self._machine is None:
                self.speaker.speak(cue, self.clock())
                self.said.emit(text)

        self.speaker.prepare([text], say)

    def _render(self, timeline: Timeline) -> None:
        texts = [t for t in distinct_texts(planned_cues(timeline)) if t not in self._asked]
        self._asked.update(texts)
        self._rounds += 1
        self.speaker.prepare(texts, self._on_rendered)

    def _on_rendered(self, lengths: Mapping[str, float]) -> None:
        if self._finished or self._machine is not None:
            return
        self._lengths.update(lengths)
        fitted = fit_to_speech(self.timeline, self._lengths)
        new = [t for t in distinct_texts(planned_cues(fitted)) if t not in self._asked]
        if new and self._rounds < FIT_ROUNDS:
            # A longer step is announced with another number: render that too.
            self._render(fitted)
            return
        self._build(fitted)
        self.tick()

    def _build(self, fitted: Timeline) -> None:
        cues = session_cues(fitted, self._lengths)
        if self.merged:
            # The announcement was said when the countdown began.
            cues = [cue for cue in cues if cue.kind is not CueKind.GET_READY]
        self._machine = SessionMachine(fitted, cues)


def _first_cue_after_announcement(timeline: Timeline, fallback: float) -> float:
    """Seconds into the first step of its first cue after the get-ready announcement."""
    for cue in planned_cues(timeline):
        if cue.step != 0:
            break
        if cue.kind is not CueKind.GET_READY:
            return cue.at
    return fallback
