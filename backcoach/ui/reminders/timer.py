"""The reminder timer: asks coach.reminders at the planned moments, says what is due."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.coach.reminders import LOOK_BACK_DAYS, Check, check, session_days
from backcoach.store.history import HistoryStore
from backcoach.ui.reminders.keeper import PlanKeeper

# Never wait longer than this between looks: the timer runs on the monotonic clock, which
# stands still while the computer sleeps and knows nothing of a changed wall clock.
LONGEST_WAIT_S = 60.0


class ReminderTimer(QObject):
    """Looks at the next planned moment (and at least once a minute); ``due`` carries what
    to say, a Reminder and/or a MissedStretch, at most once each (the log remembers)."""

    due = Signal(object, object)  # Reminder | None, MissedStretch | None

    def __init__(
        self,
        keeper: PlanKeeper,
        history: HistoryStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.history = history
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def check(self) -> Check:
        """What is due now; the timer is set again for the next look."""
        local = self.keeper.local_time()
        zone = local.tzinfo
        assert zone is not None
        now = local.replace(tzinfo=None)  # the wall clock, as the plan is written in it
        first_day = now.date() - timedelta(days=LOOK_BACK_DAYS + 1)
        since = datetime.combine(first_day, time(), zone)
        done = session_days(self.history.sessions(since=since), zone)
        result = check(self.keeper.plan, self.keeper.log, now, done)
        self.keeper.update_log(result.log)
        self._arm(result.next_at, now)
        if result.reminder is not None or result.missed is not None:
            self.due.emit(result.reminder, result.missed)
        return result

    def _arm(self, next_at: datetime | None, now: datetime) -> None:
        wait = LONGEST_WAIT_S
        if next_at is not None:
            wait = min(wait, max(1.0, (next_at - now).total_seconds()))
        self.timer.start(round(wait * 1000))

    def stop(self) -> None:
        self.timer.stop()
