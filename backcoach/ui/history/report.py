"""The report for a physiotherapist: practice, adherence, pain and "this hurts", as a PDF."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from backcoach.coach.trends import (
    Advice,
    AdviceKind,
    Streaks,
    WeekMinutes,
    WeekPain,
    clinician_advice,
    minutes_per_week,
    pain_per_week,
    streaks,
)
from backcoach.store.history import (
    HurtEvent,
    ItemOutcome,
    SessionRecord,
    SessionStatus,
    SnapshotItem,
)
from backcoach.ui.history.pain_chart import PainChart, pain_number, week_label
from backcoach.ui.wording import dose_text

CHART_NAME = "backcoach-pain-chart"  # the image the chart is drawn over, found after layout
SCREEN_DPI = 96  # the report is laid out in these units, then scaled to the PDF's
PDF_DPI = 300
MARGIN_MM = 15
TEXT_PX = 12  # about 9 pt on paper
CHART_SHARE = 0.42  # the chart's height as a share of the text width

# --- words shared with the page (literal translate() calls: what pyside6-lupdate finds) ---


def status_text(status: SessionStatus) -> str:
    texts = {
        SessionStatus.COMPLETED: QCoreApplication.translate("HistoryWording", "Completed"),
        SessionStatus.STOPPED: QCoreApplication.translate("HistoryWording", "Stopped early"),
        SessionStatus.INTERRUPTED: QCoreApplication.translate("HistoryWording", "Interrupted"),
        SessionStatus.RUNNING: QCoreApplication.translate("HistoryWording", "Under way"),
    }
    return texts[status]


def days_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("HistoryWording", "1 day")
    return QCoreApplication.translate("HistoryWording", "{n} days").format(n=count)


def score_text(value: int | None) -> str:
    return "–" if value is None else str(value)


def answer_text(answer: bool | None) -> str:
    if answer is None:
        return QCoreApplication.translate("HistoryWording", "not answered")
    if answer:
        return QCoreApplication.translate("HistoryWording", "yes")
    return QCoreApplication.translate("HistoryWording", "no")


def advice_text(advice: Advice, locale: QLocale) -> str:
    """Plain words: what was seen, and to see a clinician. Advice, never a diagnosis."""
    values = {
        "from_pain": pain_number(locale, advice.from_pain),
        "to_pain": pain_number(locale, advice.to_pain),
        "from_week": week_label(locale, advice.from_week),
        "to_week": week_label(locale, advice.to_week),
        "weeks": advice.from_week.weeks_until(advice.to_week) + 1,
    }
    if advice.kind is AdviceKind.PAIN_RISING:
        text = QCoreApplication.translate(
            "HistoryWording",
            "Your pain before sessions keeps rising: from {from_pain} in the week of "
            "{from_week} to {to_pain} in the week of {to_week}. Please see a doctor or "
            "physiotherapist before you go on, and show them this history.",
        )
    else:
        text = QCoreApplication.translate(
            "HistoryWording",
            "After {weeks} weeks of practice your pain before sessions has not clearly "
            "improved ({from_pain} in the week of {from_week}, {to_pain} in the week of "
            "{to_week}). Please see a doctor or physiotherapist: another approach may "
            "help you more.",
        )
    return text.format(**values)


def local_day(record: SessionRecord, tz: tzinfo) -> date:
    return record.started_at.astimezone(tz).date()


def long_date(locale: QLocale, day: date) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


# --- what the report says, gathered without Qt -----------------------------------------


@dataclass(frozen=True)
class RoutineDone:
    title: str
    sessions: int
    items: tuple[SnapshotItem, ...]  # as planned the last time it was done


@dataclass(frozen=True)
class ReportFacts:
    made_on: date
    sessions: tuple[SessionRecord, ...]  # practised (not running), oldest first
    routines: tuple[RoutineDone, ...]
    weeks: tuple[WeekMinutes, ...]
    weekly_pain: tuple[WeekPain, ...]
    streaks: Streaks
    items_planned: int
    items_completed: int
    items_partial: int
    items_skipped: int
    hurts: tuple[tuple[SessionRecord, HurtEvent], ...]
    advice: tuple[Advice, ...]

    @classmethod
    def gather(cls, sessions: Iterable[SessionRecord], today: date, tz: tzinfo) -> ReportFacts:
        # A running session has nothing to report yet (and trends leave it out too).
        done = tuple(s for s in sessions if s.status is not SessionStatus.RUNNING)
        counts = Counter(s.snapshot.title for s in done)
        latest = {s.snapshot.title: s.snapshot.items for s in done}  # oldest first: last wins
        outcomes = [item.outcome for s in done for item in s.items]
        return cls(
            made_on=today,
            sessions=done,
            routines=tuple(
                RoutineDone(title, count, latest[title]) for title, count in counts.most_common()
            ),
            weeks=tuple(minutes_per_week(done, today, tz)),
            weekly_pain=tuple(pain_per_week(done, tz)),
            streaks=streaks(done, today, tz),
            items_planned=sum(len(s.snapshot.items) for s in done),
            items_completed=outcomes.count(ItemOutcome.COMPLETED),
            items_partial=outcomes.count(ItemOutcome.PARTIAL),
            items_skipped=outcomes.count(ItemOutcome.SKIPPED),
            hurts=tuple((s, hurt) for s in done for hurt in s.hurts),
            advice=tuple(clinician_advice(done, tz)),
        )

    @property
    def minutes(self) -> float:
        return sum(s.duration_s for s in self.sessions) / 60


def write_privately(data: bytes, path: Path) -> None:
    """Writes beside ``path`` and renames over it: a failure never leaves half a file.
    Readable by the user only: it is health data (as the CSV exports are)."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".partial"
    )
    partial = Path(temporary)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def print_palette() -> QPalette:
    """Black on white whatever the desktop's theme: paper is white."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    return palette


class ClinicianReport(QObject):
    """The report's text (HTML), laid out on A4 pages with the pain chart drawn in."""

    def __init__(self, facts: ReportFacts, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.tz = tz
        self._locale = QLocale()

    # -- the text ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Back exercise report")

    def html(self, chart_size: QSizeF) -> str:
        parts = [
            f"<h1>{escape(self.title())}</h1>",
            self._period(),
            self._advice(),
            self._routines(),
            self._adherence(),
            self._pain(chart_size),
            self._hurts(),
            self._sessions(),
        ]
        return "".join(parts)

    def _period(self) -> str:
        facts = self.facts
        if facts.sessions:
            first = long_date(self._locale, local_day(facts.sessions[0], self.tz))
            last = long_date(self._locale, local_day(facts.sessions[-1], self.tz))
            period = self.tr("Period: {first} to {last}.").format(first=first, last=last)
        else:
            period = self.tr("No sessions recorded yet.")
        made = self.tr(
            "Made on {day} with backcoach from the user's own records. Pain is the user's "
            "rating from 0 (no pain) to 10 (worst imaginable)."
        ).format(day=long_date(self._locale, facts.made_on))
        return f"<p><b>{escape(period)}</b><br>{escape(made)}</p>"

    def _advice(self) -> str:
        if not self.facts.advice:
            return ""
        rows = "".join(
            f"<li>{escape(advice_text(a, self._locale))}</li>" for a in self.facts.advice
        )
        heading = self.tr("Advice backcoach gave: see a clinician")
        return f"<h2>{escape(heading)}</h2><ul>{rows}</ul>"

    def _routines(self) -> str:
        rows = []
        for routine in self.facts.routines:
            sessions = (
                self.tr("1 session")
                if routine.sessions == 1
                else self.tr("{n} sessions").format(n=routine.sessions)
            )
            items = "; ".join(
                f"{item.exercise_name} ({dose_text(item.dose)})" for item in routine.items
            )
            rows.append(
                f"<li><b>{escape(routine.title)}</b>: {escape(sessions)}"
                + (f"<br>{escape(items)}" if items else "")
                + "</li>"
            )
        title = self.tr("Routines done")  # outside the f-string: lupdate finds it
        return f"<h2>{escape(title)}</h2><ul>{''.join(rows)}</ul>"

    def _adherence(self) -> str:
        facts = self.facts
        summary = self.tr(
            "{sessions} sessions, {minutes} minutes in all. Current streak: {current}; "
            "longest: {longest}. Exercise items: {completed} of {planned} planned "
            "completed, {partial} partly done, {skipped} skipped."
        ).format(
            sessions=len(facts.sessions),
            minutes=round(facts.minutes),
            current=days_text(facts.streaks.current),
            longest=days_text(facts.streaks.longest),
            completed=facts.items_completed,
            planned=facts.items_planned,
            partial=facts.items_partial,
            skipped=facts.items_skipped,
        )
        rows = [
            [week_label(self._locale, w.week), str(w.sessions), str(round(w.minutes))]
            for w in facts.weeks
        ]
        table = _table([self.tr("Week of"), self.tr("Sessions"), self.tr("Minutes")], rows)
        heading = self.tr("Adherence")
        return f"<h2>{escape(heading)}</h2><p>{escape(summary)}</p>{table}"

    def _pain(self, chart_size: QSizeF) -> str:
        chart = (
            '<p style="margin-bottom: 10px;">'
            f'<img src="{CHART_NAME}" width="{round(chart_size.width())}" '
            f'height="{round(chart_size.height())}"></p>'
        )

        def mean(value: float | None) -> str:
            return "–" if value is None else pain_number(self._locale, value)

        rows = [
            [week_label(self._locale, w.week), mean(w.before), mean(w.after), mean(w.next_day)]
            for w in self.facts.weekly_pain
        ]
        table = _table(
            [
                self.tr("Week of"),
                self.tr("Before sessions"),
                self.tr("After sessions"),
                self.tr("Next day"),
            ],
            rows,
        )
        heading = self.tr("Pain (weekly means)")
        return f"<h2>{escape(heading)}</h2>{chart}{table}"

    def _hurts(self) -> str:
        title, none = self.tr("“This hurts” presses"), self.tr("None recorded.")
        heading = f"<h2>{escape(title)}</h2>"
        if not self.facts.hurts:
            return heading + f"<p>{escape(none)}</p>"
        rows = []
        for record, hurt in self.facts.hurts:
            names = {i.exercise_id: i.exercise_name for i in record.snapshot.items}
            names.update({i.exercise_id: i.exercise_name for i in record.items})
            at = hurt.at.astimezone(self.tz)
            rows.append(
                [
                    f"{long_date(self._locale, at.date())} {at:%H:%M}",
                    record.snapshot.title,
                    names.get(hurt.exercise_id, hurt.exercise_id),
                    answer_text(hurt.sharp),
                    answer_text(hurt.spreading),
                    answer_text(hurt.stopped_exercise),
                ]
            )
        return heading + _table(
            [
                self.tr("When"),
                self.tr("Routine"),
                self.tr("Exercise"),
                self.tr("Sharp"),
                self.tr("Down the leg"),
                self.tr("Exercise stopped"),
            ],
            rows,
        )

    def _sessions(self) -> str:
        rows = []
        for record in self.facts.sessions:
            completed = sum(i.outcome is ItemOutcome.COMPLETED for i in record.items)
            rows.append(
                [
                    long_date(self._locale, local_day(record, self.tz)),
                    record.snapshot.title,
                    str(round(record.duration_s / 60)),
                    status_text(record.status),
                    f"{completed}/{len(record.snapshot.items)}",
                    score_text(record.pain_before),
                    score_text(record.pain_after),
                    score_text(record.pain_next_day),
                ]
            )
        heading = self.tr("Sessions")
        return f"<h2>{escape(heading)}</h2>" + _table(
            [
                self.tr("Date"),
                self.tr("Routine"),
                self.tr("Minutes"),
                self.tr("Status"),
                self.tr("Items done"),
                self.tr("Pain before"),
                self.tr("After"),
                self.tr("Next day"),
            ],
            rows,
        )

    # -- the PDF -------------------------------------------------------------------------

    def pdf_bytes(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        writer.setTitle(self.title())
        writer.setCreator("backcoach")
        scale = PDF_DPI / SCREEN_DPI
        paint_rect = writer.pageLayout().paintRectPixels(PDF_DPI)
        font = QFont()
        font.setPixelSize(TEXT_PX)  # pixels, not points: the same size whatever the device
        footer_height = 2.0 * TEXT_PX
        page = QSizeF(paint_rect.width() / scale, paint_rect.height() / scale - footer_height)
        chart_size = QSizeF(page.width(), page.width() * CHART_SHARE)

        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(
            "h1 { margin-bottom: 4px; } h2 { margin-top: 14px; margin-bottom: 4px; }"
            "th { background-color: #e8e8e8; text-align: left; }"
        )
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)  # keeps the chart's place; drawn over later
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_NAME), blank)
        document.setPageSize(page)  # pages: lines and table rows move whole to the next
        document.setHtml(self.html(chart_size))
        chart_at = _image_position(document, CHART_NAME)
        chart = PainChart()
        chart.set_weeks(self.facts.weekly_pain)

        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(self.tr("the PDF could not be started"))
        pages = document.pageCount()
        for number in range(pages):
            if number:
                writer.newPage()
            top = number * page.height()
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(QPointF(0, -top))  # one argument: not a tr() call to lupdate
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            if chart_at is not None and top <= chart_at.y() < top + page.height():
                painter.setFont(font)
                chart.draw(painter, QRectF(chart_at, chart_size), print_palette())
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            footer = self.tr("backcoach · {title} · made on {day} · page {n} of {pages}").format(
                title=self.title(),
                day=long_date(self._locale, self.facts.made_on),
                n=number + 1,
                pages=pages,
            )
            painter.drawText(
                QRectF(0, page.height() + 0.6 * TEXT_PX, page.width(), 1.4 * TEXT_PX),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                footer,
            )
            painter.restore()
        painter.end()
        data = bytes(buffer.data().data())
        buffer.close()
        return data

    def save(self, path: Path) -> None:
        """Raises OSError (read-only folder, disk full): the caller says so to the user."""
        write_privately(self.pdf_bytes(), path)


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(cell)}</th>" for cell in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3" style="border-color: #999999;">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"  # thead: repeated on each page
    )


def _image_position(document: QTextDocument, name: str) -> QPointF | None:
    """Where the laid-out document put the image ``name``: its top left corner."""
    document.pageCount()  # lays the document out: a block not laid out has no lines
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            iterator += 1
            text_format = fragment.charFormat()
            if text_format.isImageFormat() and text_format.toImageFormat().name() == name:
                layout = block.layout()
                line = layout.lineForTextPosition(fragment.position() - block.position())
                if not line.isValid():
                    return None
                origin = layout.position()
                height = text_format.toImageFormat().height()
                # Alone in its paragraph, the image starts the line and sits on its baseline.
                return QPointF(
                    origin.x() + line.x(), origin.y() + line.y() + line.ascent() - height
                )
        block = block.next()
    return None
