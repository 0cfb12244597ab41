"""The plan and its reminder log for the whole app, saved whenever they change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from backcoach.coach.reminders import adopt
from backcoach.store.plan import Plan, PlanFile, ReminderLog, save_plan


class PlanKeeper(QObject):
    """One holder of the plan, so the dialog, the timer and the tray never disagree; and
    of the user's wall clock (aware, in their time zone), which the plan is written in."""

    changed = Signal(object)  # the new Plan (not sent for the log alone)
    problem = Signal(str)  # a save that failed, in words for the status bar

    def __init__(
        self,
        state: PlanFile,
        path: Path | None,
        local_clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._path = path  # None: kept for this run only (tests)
        self.local_clock = local_clock

    def local_time(self) -> datetime:
        """Now, aware, in the user's time zone (a naive clock's time is taken as local)."""
        now = self.local_clock()
        return now if now.tzinfo is not None else now.astimezone()

    def now(self) -> datetime:
        """The user's wall clock, naive: what a plan's "18:00" is compared with."""
        return self.local_time().replace(tzinfo=None)

    @property
    def plan(self) -> Plan:
        return self._state.plan

    @property
    def log(self) -> ReminderLog:
        return self._state.log

    def choose(self, plan: Plan) -> None:
        """The plan the user chose just now (see coach.reminders.adopt)."""
        plan, log = adopt(self.plan, plan, self.log, self.now())
        self.update_log(log)
        self.update_plan(plan)

    def update_plan(self, plan: Plan) -> None:
        if plan != self._state.plan:
            self._save(replace(self._state, plan=plan))
            self.changed.emit(plan)

    def update_log(self, log: ReminderLog) -> None:
        if log != self._state.log:
            self._save(replace(self._state, log=log))

    def _save(self, state: PlanFile) -> None:
        self._state = state
        if self._path is None:
            return
        try:
            save_plan(self._path, state)
        except OSError as error:  # it still applies for this run
            reason = error.strerror or str(error)
            self.problem.emit(self.tr("Could not save your plan: {error}").format(error=reason))
