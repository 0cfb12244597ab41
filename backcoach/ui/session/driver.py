"""Drives a SessionMachine from a Qt timer and re-emits its events as Qt signals."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from backcoach.session.machine import (
    CueDue,
    SessionEnded,
    SessionMachine,
    State,
    StepStarted,
)

REFRESH_MS = 40  # the longest the timer sleeps: the player's clock redraws this often


class SessionDriver(QObject):
    """Owns a SessionMachine and a precise single-shot QTimer.

    The timer is aimed at the machine's next deadline (a step start or a cue), and never
    sleeps longer than ``refresh_ms``, so cues come out within about a millisecond of
    their time and the UI still gets a ``ticked`` signal several times a second. All
    times come from the injected ``clock``: tests pass a fake one and call ``tick``.
    """

    stepStarted = Signal(object)  # noqa: N815 (Qt signal naming) -- a StepStarted event
    cueDue = Signal(object, float)  # noqa: N815 -- the CueDue event, seconds it came late
    sessionEnded = Signal(object)  # noqa: N815 -- the SessionSummary
    ticked = Signal()  # after every tick: time to refresh clocks and progress

    def __init__(
        self,
        machine: SessionMachine,
        clock: Callable[[], float] = time.monotonic,
        *,
        refresh_ms: int = REFRESH_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.machine = machine
        self.clock = clock
        self.refresh_ms = refresh_ms
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self._ticking = False
        self._again = False

    # -- commands: each forwards with now = clock(), then ticks so its effect shows at once

    def start(self) -> None:
        self._command(self.machine.start)

    def pause(self) -> None:
        self._command(self.machine.pause)

    def resume(self) -> None:
        self._command(self.machine.resume)

    def toggle_pause(self) -> None:
        if self.machine.state is State.PAUSED:
            self.resume()
        else:
            self.pause()

    def skip(self) -> None:
        self._command(self.machine.skip)

    def skip_exercise(self) -> None:
        self._command(self.machine.skip_exercise)

    def back(self) -> None:
        self._command(self.machine.back)

    def repeat(self) -> None:
        self._command(self.machine.repeat)

    def extend_rest(self, seconds: float = 15.0) -> None:
        self._command(lambda now: self.machine.extend_rest(seconds, now))

    def stop(self) -> None:
        self._command(self.machine.stop)

    @property
    def running(self) -> bool:
        return self.machine.state is State.RUNNING

    # -- the tick -----------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        """Emits everything due by now, in order, then aims the timer at what comes next."""
        if self._ticking:
            # A slot connected to one of our signals gave a command: tick again after.
            self._again = True
            return
        self._ticking = True
        try:
            while True:
                self._again = False
                now = self.clock()
                for event in self.machine.tick(now):
                    if isinstance(event, StepStarted):
                        self.stepStarted.emit(event)
                    elif isinstance(event, CueDue):
                        self.cueDue.emit(event, now - event.due)
                    elif isinstance(event, SessionEnded):
                        self.sessionEnded.emit(event.summary)
                if not self._again:
                    break
        finally:
            self._ticking = False
        self.ticked.emit()
        self._arm(self.clock())

    def _command(self, command: Callable[[float], None]) -> None:
        command(self.clock())
        self.tick()

    def _arm(self, now: float) -> None:
        if self.machine.state is not State.RUNNING:
            self.timer.stop()  # paused, stopped or finished: nothing is due
            return
        wait_ms = self.refresh_ms
        deadline = self.machine.next_deadline()
        if deadline is not None:
            # Round up: a timer that fires a hair early would find nothing due yet.
            wait_ms = min(wait_ms, max(0, math.ceil((deadline - now) * 1000)))
        self.timer.start(wait_ms)
