"""The morning-after check-in in the window: the band above the pages, and its answer."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from backcoach.store.history import PainMoment
from backcoach.ui.window.status import STATUS_MS

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow

NEXT_DAY_LINGER_MS = 2000


def ask_next_day(window: MainWindow) -> None:
    """The first opening the day after a session: how is the back today? One key
    answers for each of yesterday's sessions; "Not now" leaves them unanswered."""
    from backcoach.ui.checkin.next_day import NextDayCheckIn  # noqa: PLC0415

    local = window.services.wall_clock().astimezone()
    due = window.services.history.awaiting_next_day_pain(local.date(), local.tzinfo or UTC)
    if not due or window.next_day is not None:
        return
    band = window.next_day = NextDayCheckIn(due, window)
    window.add_band(band)
    band.answered.connect(window._record_next_day)
    band.scale.setFocus()


def record_next_day(window: MainWindow, score: int) -> None:
    band = window.next_day
    if band is None:
        return
    for record in band.sessions:
        window.services.history.record_pain(record.id, PainMoment.NEXT_DAY, score)
    # A moment to correct a 1 into a 10, then the band goes.
    QTimer.singleShot(NEXT_DAY_LINGER_MS, band.hide)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Thank you: noted in your history."), STATUS_MS
    )
