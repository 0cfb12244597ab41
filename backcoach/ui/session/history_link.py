"""Keeps the history of the session of the moment: check-ins, items, "this hurts", the end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from backcoach.coach.recorder import SessionRecorder
from backcoach.session.machine import SessionMachine, SessionSummary
from backcoach.store.history import HistoryStore, PainMoment
from backcoach.ui.session.control import SessionControl, Stage
from backcoach.ui.session.hurt import HurtReport


class SessionHistory(QObject):
    """Listens to the SessionControl and writes through a SessionRecorder (Qt-free). The
    score before is given during the countdown, before the session's row exists: it waits
    here until the session begins, and goes nowhere if it never does."""

    notice = Signal(str)  # the history could not be saved, or was moved aside: say so
    recorded = Signal()  # something new is in the history (the history view refreshes)

    def __init__(
        self,
        control: SessionControl,
        store: HistoryStore,
        wall_clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.control = control
        self.store = store
        self.wall_clock = wall_clock
        self.recorder: SessionRecorder | None = None
        self._before: int | None = None
        self._told: set[str] = set()
        control.stageChanged.connect(self._on_stage)
        control.began.connect(self._on_began)
        control.stepStarted.connect(lambda _event: self._progress())
        control.hurtReported.connect(self._on_hurt)
        control.sessionFinished.connect(self._on_finished)

    def pain(self, moment: PainMoment, value: int) -> None:
        """A check-in: before (during the countdown) or after (on the summary)."""
        if moment is PainMoment.BEFORE and self.recorder is None:
            self._before = value
            return
        if self.recorder is not None:
            self.recorder.pain(moment, value)
            self._changed()

    def _on_stage(self, stage: str) -> None:
        if Stage(stage) is Stage.GETTING_READY:  # a new session: nothing carried over
            self.recorder, self._before = None, None

    def _on_began(self, machine: SessionMachine) -> None:
        self.recorder = SessionRecorder(self.store, machine.timeline, self.wall_clock)
        if self._before is not None:
            self.recorder.pain(PainMoment.BEFORE, self._before)
        self.recorder.begin()
        self._changed()

    def _progress(self) -> None:
        machine = self.control.machine
        if self.recorder is not None and machine is not None and not self.recorder.finished:
            self.recorder.progress(machine.summary(self.control.clock()))
            self._changed()

    def _on_hurt(self, report: HurtReport) -> None:
        if self.recorder is not None:
            self.recorder.hurt(
                report.item,
                sharp=report.sharp,
                spreading=report.spreading,
                stopped=report.answer.stops_exercise,
            )
            self._changed()

    def _on_finished(self, summary: SessionSummary) -> None:
        if self.recorder is not None:
            self.recorder.finish(summary)
            self._changed()

    def _changed(self) -> None:
        for notice in self.store.take_notices():
            if notice.message not in self._told:  # once a run is enough
                self._told.add(notice.message)
                self.notice.emit(notice.message)
        self.recorded.emit()
