"""A month calendar with the days the user practised shaded, and what was done on the chosen day."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLabel, QVBoxLayout, QWidget

from backcoach.store.history import SessionRecord, SessionStatus
from backcoach.ui.look import mix


@dataclass(frozen=True)
class PracticeDay:
    sessions: int
    minutes: float


def practice_by_day(sessions: Iterable[SessionRecord], tz: tzinfo) -> dict[date, PracticeDay]:
    """Sessions per day of the user's calendar; a running one is not practice yet (as in
    trends.streaks, so the calendar and the streak never disagree)."""
    days: dict[date, PracticeDay] = {}
    for record in sessions:
        if record.status is SessionStatus.RUNNING:
            continue
        day = record.started_at.astimezone(tz).date()
        known = days.get(day, PracticeDay(0, 0.0))
        days[day] = PracticeDay(known.sessions + 1, known.minutes + record.duration_s / 60)
    return days


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PracticeCalendar(QWidget):
    """The calendar, and below it in words what the selected day holds (what a screen
    reader can say, since the shading of a day is not exposed to it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: dict[date, PracticeDay] = {}
        self._locale = QLocale()
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("practiceCalendar")
        self.calendar.setAccessibleName(self.tr("Practice calendar"))
        # Weeks start on Monday, as the minutes per week (ISO weeks) count them.
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(False)
        self.day_text = QLabel(self)
        self.day_text.setObjectName("calendarDayText")
        self.day_text.setWordWrap(True)
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(self._describe_month)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addWidget(self.day_text)

    def set_practice(self, days: Mapping[date, PracticeDay], today: date) -> None:
        self._days = dict(days)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears earlier marks
        palette = self.calendar.palette()
        marked = QTextCharFormat()
        marked.setBackground(
            mix(
                palette.color(QPalette.ColorRole.Base),
                palette.color(QPalette.ColorRole.Highlight),
                0.45,
            )
        )
        marked.setForeground(palette.color(QPalette.ColorRole.Text))
        marked.setFontWeight(QFont.Weight.Bold)
        for day in self._days:
            self.calendar.setDateTextFormat(qdate(day), marked)
        self.calendar.setMaximumDate(qdate(today))  # nothing to see in the future
        self.calendar.setSelectedDate(qdate(today))
        self.calendar.setCurrentPage(today.year, today.month)
        self._show_day()
        self._describe_month(today.year, today.month)

    def marked_days(self) -> set[date]:
        """The days the calendar really shows as practised (read from its formats)."""
        return {
            pydate(day)
            for day, text_format in self.calendar.dateTextFormat().items()
            if text_format.fontWeight() == QFont.Weight.Bold
        }

    def day_summary(self, day: date) -> str:
        name = self._locale.toString(qdate(day), "dddd d MMMM")
        practice = self._days.get(day)
        if practice is None:
            return self.tr("{day}: no session.").format(day=name)
        minutes = round(practice.minutes)
        if practice.sessions == 1:
            return self.tr("{day}: 1 session, {minutes} min.").format(day=name, minutes=minutes)
        return self.tr("{day}: {n} sessions, {minutes} min.").format(
            day=name, n=practice.sessions, minutes=minutes
        )

    def _show_day(self) -> None:
        self.day_text.setText(self.day_summary(pydate(self.calendar.selectedDate())))

    def _describe_month(self, year: int, month: int) -> None:
        count = sum(1 for day in self._days if (day.year, day.month) == (year, month))
        month_name = self._locale.toString(QDate(year, month, 1), "MMMM yyyy")
        self.calendar.setAccessibleDescription(
            self.tr("Shaded days are days you practised: {n} in {month}.").format(
                n=count, month=month_name
            )
        )
