"""The History page: streaks, minutes per week, calendar, pain chart, advice, recent sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QStandardPaths, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcoach.coach.trends import (
    IsoWeek,
    WeekMinutes,
    clinician_advice,
    minutes_per_week,
    pain_per_week,
    streaks,
)
from backcoach.store.history import HistoryStore, SessionRecord, SessionStatus
from backcoach.store.history.export import export_items_csv, export_sessions_csv
from backcoach.ui.history.calendar import PracticeCalendar, practice_by_day, qdate
from backcoach.ui.history.pain_chart import PainChart, week_label
from backcoach.ui.history.report import (
    ClinicianReport,
    ReportFacts,
    advice_text,
    days_text,
    score_text,
    status_text,
)
from backcoach.ui.look import callout_colour, mix, muted_colour
from backcoach.ui.player.phase import sized_font

WEEKS_SHOWN = 8
RECENT_SESSIONS = 12
BAR_FRACTION = Qt.ItemDataRole.UserRole + 1  # a minutes cell's bar length, 0-1


class SaveAs:
    """Where to save a file; tests replace ``ask`` (no dialog may open in a test run)."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None


class SaveProblem:
    """A file could not be written, said plainly; tests replace ``show``."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)


class MinutesBar(QStyledItemDelegate):
    """A bar behind the minutes, as long as the share of the busiest week shown."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(BAR_FRACTION)
        if isinstance(fraction, float) and fraction > 0:
            rect = option.rect.adjusted(2, 4, -2, -4)
            rect.setWidth(max(2, round(rect.width() * fraction)))
            palette: QPalette = option.palette
            painter.fillRect(
                rect,
                mix(
                    palette.color(QPalette.ColorRole.Base),
                    palette.color(QPalette.ColorRole.Highlight),
                    0.35,
                ),
            )
        super().paint(painter, option, index)


def _read_only_table(columns: Sequence[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    # The page scrolls, not each table: a table as tall as its rows.
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _fit_height(table: QTableWidget) -> None:
    table.resizeRowsToContents()
    # The header's hint, not its height: a table not yet shown has a header of height 0.
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height + 2)


def _cell(text: str, *, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class HistoryView(QWidget):
    """Reads the history when built and on ``refresh()``; writes only the files the user
    asks for. ``today`` and ``tz`` are the user's calendar (injected: tests pick the day)."""

    def __init__(
        self,
        store: HistoryStore,
        today: Callable[[], date],
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.store = store
        self._today = today
        self.tz = tz
        self._locale = QLocale()

        heading = QLabel(self.tr("Your practice"), self)
        heading.setFont(sized_font(self, 1.6, bold=True))
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.export_button.setObjectName("exportCsvButton")
        self.export_button.setToolTip(
            self.tr("One file with a row per session and one with a row per exercise")
        )
        self.report_button = QPushButton(self.tr("Report for your &clinician (PDF)…"), self)
        self.report_button.setObjectName("reportButton")
        self.export_button.clicked.connect(self.export_csv)
        self.report_button.clicked.connect(self.save_report)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.report_button)

        self.notice = QLabel(self)
        self.notice.setObjectName("historyNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.empty = QLabel(
            self.tr(
                "No sessions yet.\n\nWhen you have done your first session, this page "
                "shows how often you practised, your minutes per week and how your pain "
                "changes over the weeks. Your history stays on this computer."
            ),
            self,
        )
        self.empty.setObjectName("historyEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFont(sized_font(self, 1.2))
        self.empty.setMargin(48)

        self.content = self._build_content()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        self.advice = self._build_advice(content)
        figures = self._build_figures(content)
        self.calendar = PracticeCalendar(content)
        calendar_box = QGroupBox(self.tr("Days you practised"), content)
        QVBoxLayout(calendar_box).addWidget(self.calendar)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 8, 0, 8)
        grid.setVerticalSpacing(14)
        grid.setHorizontalSpacing(14)
        # The chart and the sessions take the width; the calendar and the small table of
        # minutes keep theirs beside them.
        grid.addWidget(self.advice, 0, 0, 1, 2)
        grid.addLayout(figures, 1, 0, 1, 2)
        grid.addWidget(calendar_box, 2, 0)
        grid.addWidget(self._build_chart(content), 2, 1)
        grid.addWidget(self._build_minutes(content), 3, 0)
        grid.addWidget(self._build_sessions(content), 3, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        return content

    def _build_advice(self, content: QWidget) -> QLabel:
        advice = QLabel(content)
        advice.setObjectName("clinicianAdvice")
        advice.setAccessibleName(self.tr("Advice: see a clinician"))
        advice.setWordWrap(True)
        advice.setTextFormat(Qt.TextFormat.RichText)
        # Focusable, so that Tab brings a screen reader to it.
        advice.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        advice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        advice.setStyleSheet(
            f"QLabel#clinicianAdvice {{ background: {callout_colour(self.palette())};"
            " border-left: 5px solid #c0182b; padding: 10px 14px; }"
        )
        advice.hide()
        return advice

    def _build_figures(self, content: QWidget) -> QHBoxLayout:
        self.current_streak = self._figure(content, "currentStreak")
        self.longest_streak = self._figure(content, "longestStreak")
        self.this_week = self._figure(content, "thisWeek")
        figures = QHBoxLayout()
        for caption, label in (
            (self.tr("Current streak"), self.current_streak),
            (self.tr("Longest streak"), self.longest_streak),
            (self.tr("This week"), self.this_week),
        ):
            box = QVBoxLayout()
            name = QLabel(caption, content)
            name.setStyleSheet(f"color: {muted_colour(self.palette())};")
            label.setAccessibleName(caption)
            name.setBuddy(label)
            box.addWidget(name)
            box.addWidget(label)
            figures.addLayout(box)
            figures.addSpacing(24)
        figures.addStretch(1)
        return figures

    def _build_minutes(self, content: QWidget) -> QGroupBox:
        self.minutes_table = _read_only_table(
            [self.tr("Week of"), self.tr("Sessions"), self.tr("Minutes")], content
        )
        self.minutes_table.setObjectName("minutesPerWeek")
        self.minutes_table.setAccessibleName(self.tr("Minutes per week"))
        self.minutes_table.setItemDelegateForColumn(2, MinutesBar(self.minutes_table))
        header = self.minutes_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        box = QGroupBox(self.tr("Minutes per week"), content)
        layout = QVBoxLayout(box)
        layout.addWidget(self.minutes_table)
        layout.addStretch(1)
        return box

    def _build_chart(self, content: QWidget) -> QGroupBox:
        self.chart = PainChart(content)
        self.chart_summary = QLabel(content)
        self.chart_summary.setObjectName("painChartSummary")
        self.chart_summary.setWordWrap(True)
        self.chart_summary.setStyleSheet(f"color: {muted_colour(self.palette())};")
        box = QGroupBox(self.tr("Pain before and after sessions"), content)
        layout = QVBoxLayout(box)
        layout.addWidget(self.chart)
        layout.addWidget(self.chart_summary)
        return box

    def _build_sessions(self, content: QWidget) -> QGroupBox:
        self.sessions_table = _read_only_table(
            [
                self.tr("Date"),
                self.tr("Routine"),
                self.tr("Minutes"),
                self.tr("Status"),
                self.tr("Pain before → after"),
                self.tr("Next day"),
            ],
            content,
        )
        self.sessions_table.setObjectName("recentSessions")
        self.sessions_table.setAccessibleName(self.tr("Recent sessions"))
        header = self.sessions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box = QGroupBox(self.tr("Recent sessions"), content)
        QVBoxLayout(box).addWidget(self.sessions_table)
        return box

    def _figure(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setFont(sized_font(self, 1.8, bold=True))
        return label

    # -- reading the history -------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the store again: after a session, a check-in or an import."""
        sessions = self.store.sessions()
        today = self._today()
        practised = [s for s in sessions if s.status is not SessionStatus.RUNNING]
        self.export_button.setEnabled(bool(sessions))
        self.report_button.setEnabled(bool(practised))
        if not practised:
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        found = streaks(practised, today, self.tz)
        self.current_streak.setText(days_text(found.current))
        self.longest_streak.setText(days_text(found.longest))
        weeks = minutes_per_week(practised, today, self.tz)
        current = weeks[-1] if weeks and weeks[-1].week == IsoWeek.of(today) else None
        self.this_week.setText(
            self.tr("{minutes} min").format(minutes=round(current.minutes if current else 0))
        )
        self.calendar.set_practice(practice_by_day(practised, self.tz), today)
        self._show_minutes(weeks[-WEEKS_SHOWN:], IsoWeek.of(today))
        self.chart.set_weeks(pain_per_week(practised, self.tz))
        self.chart_summary.setText(self.chart.summary_text())
        self._show_advice(practised)
        self._show_sessions(sessions[-RECENT_SESSIONS:])

    def _show_minutes(self, weeks: Sequence[WeekMinutes], this_week: IsoWeek) -> None:
        table = self.minutes_table
        table.setRowCount(len(weeks))
        busiest = max((w.minutes for w in weeks), default=0.0)
        for row, week in enumerate(reversed(weeks)):  # this week first
            label = (
                self.tr("This week")
                if week.week == this_week
                else week_label(self._locale, week.week)
            )
            minutes = _cell(str(round(week.minutes)), align_right=True)
            minutes.setData(BAR_FRACTION, week.minutes / busiest if busiest else 0.0)
            table.setItem(row, 0, _cell(label))
            table.setItem(row, 1, _cell(str(week.sessions), align_right=True))
            table.setItem(row, 2, minutes)
        _fit_height(table)

    def _show_advice(self, sessions: Sequence[SessionRecord]) -> None:
        found = clinician_advice(sessions, self.tz)
        self.advice.setVisible(bool(found))
        if not found:
            self.advice.clear()
            return
        lines = "".join(f"<p>{escape(advice_text(a, self._locale))}</p>" for a in found)
        title = escape(self.tr("Please see a clinician"))
        note = escape(
            self.tr("backcoach cannot say why; a doctor or physiotherapist can examine you.")
        )
        self.advice.setText(f"<p><b>{title}</b></p>{lines}<p><i>{note}</i></p>")

    def _show_sessions(self, sessions: Sequence[SessionRecord]) -> None:
        table = self.sessions_table
        table.setRowCount(len(sessions))
        for row, record in enumerate(reversed(sessions)):  # the latest first
            started = record.started_at.astimezone(self.tz)
            day = self._locale.toString(qdate(started.date()), "ddd d MMM")
            when = f"{day}, {started:%H:%M}"
            status = status_text(record.status)
            if record.hurts:
                hurts = len(record.hurts)
                status += ", " + (
                    self.tr("1 “this hurts”")
                    if hurts == 1
                    else self.tr("{n} “this hurts”").format(n=hurts)
                )
            minutes = (
                "–"
                if record.status is SessionStatus.RUNNING
                else str(round(record.duration_s / 60))
            )
            pain = f"{score_text(record.pain_before)} → {score_text(record.pain_after)}"
            cells = [
                _cell(when),
                _cell(record.snapshot.title),
                _cell(minutes, align_right=True),
                _cell(status),
                _cell(pain),
                _cell(score_text(record.pain_next_day), align_right=True),
            ]
            if record.status is SessionStatus.INTERRUPTED:
                cells[3].setToolTip(self.tr("backcoach was closed before the session ended"))
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        _fit_height(table)

    # -- writing files -------------------------------------------------------------------

    def _suggested(self, name: str) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / name.format(day=self._today().isoformat())

    def export_csv(self) -> bool:
        """Two files: the sessions where the user says, the exercises beside it."""
        target = SaveAs.ask(
            self,
            self.tr("Export the history as CSV"),
            self._suggested("backcoach-sessions-{day}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if target is None:
            return False
        if not target.suffix:
            target = target.with_suffix(".csv")
        items_target = target.with_name(f"{target.stem}-items{target.suffix}")
        sessions = self.store.sessions()
        try:
            export_sessions_csv(sessions, target, self.tz)
            try:
                export_items_csv(sessions, items_target, self.tz)
            except OSError:
                # Both files or neither: one without the other looks complete but is not.
                target.unlink(missing_ok=True)
                raise
        except OSError as error:
            self._failed(target, error)
            return False
        self._tell(
            self.tr("Saved {sessions} and {items}.").format(
                sessions=target, items=items_target.name
            )
        )
        return True

    def save_report(self) -> bool:
        target = SaveAs.ask(
            self,
            self.tr("Save a report for your clinician"),
            self._suggested("backcoach-report-{day}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return False
        if not target.suffix:
            target = target.with_suffix(".pdf")
        facts = ReportFacts.gather(self.store.sessions(), self._today(), self.tz)
        try:
            ClinicianReport(facts, self.tz, self).save(target)
        except OSError as error:
            self._failed(target, error)
            return False
        self._tell(self.tr("Saved the report as {path}.").format(path=target))
        return True

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _failed(self, target: Path, error: OSError) -> None:
        reason = (error.strerror or str(error)).lower()
        message = self.tr(
            "{name} could not be saved in {folder}: {reason}. Nothing was written. "
            "Please choose another folder."
        ).format(name=target.name, folder=target.parent, reason=reason)
        self._tell(message)
        SaveProblem.show(self, self.tr("Could not save the file"), message)
