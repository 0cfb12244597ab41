"""Weekly mean pain before and after sessions on a 0-10 axis, with meaningful changes marked."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from backcoach.coach.trends import IsoWeek, WeekPain, is_meaningful_change
from backcoach.ui.look import mix

PAIN_MAX = 10
GRID_STEP = 2
READ_OUT_WEEKS = 12  # a screen reader reading out a year of numbers helps no one
LABELLED_WEEKS = 12  # numbers beside the points while there is room for them
# Colours that keep 4.5:1 against white and still show on a dark theme's grey; the two
# series also differ in dash and marker, so nothing depends on telling colours apart.
BEFORE_COLOUR = QColor("#1f5fbf")
AFTER_COLOUR = QColor("#b85c00")
RISE_COLOUR = QColor("#c0182b")
DROP_COLOUR = QColor("#1d7a34")


class Change(StrEnum):
    RISE = "rise"
    DROP = "drop"


@dataclass(frozen=True)
class ChartWeek:
    """One ISO week on the x axis; a week without sessions has no scores."""

    week: IsoWeek
    before: float | None
    after: float | None
    sessions: int


@dataclass(frozen=True)
class ChangeMark:
    """A week whose mean pain before sessions became meaningfully different from the
    first scored week's (trends.is_meaningful_change: 2 points, or 30 % and a point)."""

    index: int  # into PainChartData.weeks
    week: IsoWeek
    change: Change
    baseline_week: IsoWeek
    baseline: float
    value: float


@dataclass(frozen=True)
class PainChartData:
    """What the chart shows, as data: tests and the screen-reader summary read this."""

    weeks: tuple[ChartWeek, ...] = ()
    marks: tuple[ChangeMark, ...] = ()

    @classmethod
    def from_weeks(cls, weekly: Sequence[WeekPain]) -> PainChartData:
        """Every week from the first to the last with sessions, gaps included, so that
        the x axis is time and a break in practice shows as one."""
        if not weekly:
            return cls()
        by_week = {entry.week: entry for entry in weekly}
        last = max(by_week)
        weeks: list[ChartWeek] = []
        week = min(by_week)
        while True:
            found = by_week.get(week)
            weeks.append(
                ChartWeek(
                    week,
                    found.before if found else None,
                    found.after if found else None,
                    found.sessions if found else 0,
                )
            )
            if week >= last:
                break
            week = week.next()
        return cls(tuple(weeks), _change_marks(weeks))

    @property
    def has_scores(self) -> bool:
        return any(w.before is not None or w.after is not None for w in self.weeks)


def _change_marks(weeks: Sequence[ChartWeek]) -> tuple[ChangeMark, ...]:
    """A mark where the change from the first week becomes meaningful, and again only
    when it turns (or comes back after falling below the threshold): one mark per event,
    not one on every week after it."""
    scored = [(index, w) for index, w in enumerate(weeks) if w.before is not None]
    if not scored:
        return ()
    _, first = scored[0]
    assert first.before is not None
    marks: list[ChangeMark] = []
    state: Change | None = None
    for index, week in scored[1:]:
        assert week.before is not None
        now: Change | None = None
        if is_meaningful_change(first.before, week.before):
            now = Change.RISE if week.before > first.before else Change.DROP
        if now is not None and now is not state:
            marks.append(ChangeMark(index, week.week, now, first.week, first.before, week.before))
        state = now
    return tuple(marks)


def week_label(locale: QLocale, week: IsoWeek) -> str:
    """The week by its Monday, as people say it ("3 Mar"), in the user's language."""
    monday = week.monday
    return locale.toString(QDate(monday.year, monday.month, monday.day), "d MMM")


def pain_number(locale: QLocale, value: float) -> str:
    return locale.toString(value, "f", 1)


class PainChart(QWidget):
    """The chart on the page; ``draw`` also paints it into the clinician's PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painChart")
        self._data = PainChartData()
        self._locale = QLocale()
        self._fill = self.palette().color(QPalette.ColorRole.Window)
        self.setAccessibleName(self.tr("Pain chart"))
        # Reachable with Tab so that a screen reader can read its description.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleDescription(self.summary_text())

    @property
    def data(self) -> PainChartData:
        return self._data

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def set_weeks(self, weekly: Sequence[WeekPain]) -> None:
        self._data = PainChartData.from_weeks(weekly)
        self.setAccessibleDescription(self.summary_text())
        self.update()

    # -- words ---------------------------------------------------------------------------

    def summary_text(self) -> str:
        """The chart in sentences, for a screen reader and for the page below the chart."""
        data = self._data
        if not data.has_scores:
            return self.tr("No pain scores yet.")
        shown = data.weeks[-READ_OUT_WEEKS:]
        if len(shown) == 1:
            opening = self.tr("Mean pain in the week of {week}, on a scale from 0 to 10.").format(
                week=week_label(self._locale, shown[0].week)
            )
        else:
            opening = self.tr(
                "Mean pain per week, on a scale from 0 to 10, "
                "from the week of {first} to the week of {last}."
            ).format(
                first=week_label(self._locale, shown[0].week),
                last=week_label(self._locale, shown[-1].week),
            )
        parts = [
            opening,
            self.tr("Before sessions: {values}.").format(
                values=self._values(shown, lambda w: w.before)
            ),
            self.tr("After sessions: {values}.").format(
                values=self._values(shown, lambda w: w.after)
            ),
        ]
        for mark in data.marks:
            parts.append(self._mark_sentence(mark))
        if not data.marks and sum(w.before is not None for w in data.weeks) > 1:
            parts.append(self.tr("No meaningful change from the first week."))
        return " ".join(parts)

    def _values(
        self, weeks: Sequence[ChartWeek], score: Callable[[ChartWeek], float | None]
    ) -> str:
        if len(weeks) == 1:
            value = score(weeks[0])
            return self.tr("none") if value is None else pain_number(self._locale, value)
        values = []
        for week in weeks:
            value = score(week)
            number = self.tr("none") if value is None else pain_number(self._locale, value)
            values.append(f"{number} ({week_label(self._locale, week.week)})")
        return ", ".join(values)

    def _mark_sentence(self, mark: ChangeMark) -> str:
        if mark.change is Change.RISE:
            text = self.tr(
                "Meaningful rise in the week of {week}: {value}, "
                "against {baseline} in the first week."
            )
        else:
            text = self.tr(
                "Meaningful improvement in the week of {week}: {value}, "
                "against {baseline} in the first week."
            )
        return text.format(
            week=week_label(self._locale, mark.week),
            value=pain_number(self._locale, mark.value),
            baseline=pain_number(self._locale, mark.baseline),
        )

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.draw(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8), self.palette())
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    def draw(self, painter: QPainter, area: QRectF, palette: QPalette) -> None:
        """Paints the chart into ``area`` with the painter's font: sizes and pen widths
        follow the text, so it reads the same on screen and on paper."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(painter.font(), painter.device())
        line = metrics.height()
        unit = max(1.0, line / 15)
        text = palette.color(QPalette.ColorRole.WindowText)
        background = palette.color(QPalette.ColorRole.Window)
        self._fill = background  # hollow markers are filled with the page behind them
        legend_bottom = self._draw_legend(painter, area, metrics, unit, text)
        plot = QRectF(
            QPointF(
                area.left() + metrics.horizontalAdvance("10") + 0.6 * line,
                legend_bottom + 0.6 * line,
            ),
            QPointF(area.right() - 0.3 * line, area.bottom() - 1.5 * line),
        )
        if plot.height() > line and plot.width() > line:
            grid = mix(text, background, 0.8)
            self._draw_axes(painter, plot, metrics, unit, text=text, grid=grid)
            if self._data.has_scores:
                self._draw_marks(painter, plot, metrics, unit)
                self._draw_series(painter, plot, unit, lambda w: w.before, BEFORE_COLOUR)
                self._draw_series(painter, plot, unit, lambda w: w.after, AFTER_COLOUR, dashed=True)
                if len(self._data.weeks) <= LABELLED_WEEKS:
                    self._draw_values(painter, plot, metrics, unit)
            else:
                painter.setPen(text)
                painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No pain scores yet"))
        painter.restore()

    def _x(self, plot: QRectF, index: int) -> float:
        slot = plot.width() / max(1, len(self._data.weeks))
        return plot.left() + slot * (index + 0.5)

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / PAIN_MAX

    def _draw_legend(
        self, painter: QPainter, area: QRectF, metrics: QFontMetricsF, unit: float, text: QColor
    ) -> float:
        """The title and what each line and mark means, flowed over as many rows as the
        width needs; returns where the rows end."""
        line = metrics.height()
        # What each entry shows before its words: nothing, a series' line or a mark.
        entries: list[tuple[str | Change | None, str]] = [
            (None, self.tr("Mean pain per week (0–10)")),
            ("before", self.tr("before sessions")),
            ("after", self.tr("after sessions")),
        ]
        changes = {mark.change for mark in self._data.marks}
        if Change.RISE in changes:
            entries.append(
                (Change.RISE, self.tr("meaningful rise from the first week (2 points or 30 %)"))
            )
        if Change.DROP in changes:
            entries.append(
                (
                    Change.DROP,
                    self.tr("meaningful improvement from the first week (2 points or 30 %)"),
                )
            )
        sample_w = 2.2 * line
        gap = 1.2 * line
        x, y = area.left(), area.top()
        for sample, label in entries:
            width = metrics.horizontalAdvance(label) + (sample_w + 0.4 * line if sample else 0.0)
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + 1.3 * line
            if sample is not None:
                self._draw_sample(painter, sample, QPointF(x, y + line / 2), sample_w, unit)
                x += sample_w + 0.4 * line
            painter.setPen(text)
            painter.drawText(QPointF(x, y + metrics.ascent()), label)
            x += metrics.horizontalAdvance(label) + gap
        return y + line

    def _draw_sample(
        self, painter: QPainter, sample: str | Change, at: QPointF, width: float, unit: float
    ) -> None:
        if isinstance(sample, Change):
            colour = RISE_COLOUR if sample is Change.RISE else DROP_COLOUR
            self._triangle(painter, at + QPointF(width / 2, 0), unit * 7, sample, colour)
            return
        dashed = sample == "after"
        colour = AFTER_COLOUR if dashed else BEFORE_COLOUR
        painter.setPen(self._series_pen(colour, unit, dashed=dashed))
        painter.drawLine(at, at + QPointF(width, 0))
        self._marker(painter, at + QPointF(width / 2, 0), unit, colour, self._fill, dashed=dashed)

    @staticmethod
    def _series_pen(colour: QColor, unit: float, *, dashed: bool) -> QPen:
        pen = QPen(colour, 2.2 * unit)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    @staticmethod
    def _marker(
        painter: QPainter, at: QPointF, unit: float, colour: QColor, fill: QColor, *, dashed: bool
    ) -> None:
        """Before: a filled circle; after: a hollow square (shape tells them apart too)."""
        radius = 3.6 * unit
        painter.setPen(QPen(colour, 1.8 * unit))
        if dashed:
            painter.setBrush(fill)
            painter.drawRect(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius))
        else:
            painter.setBrush(colour)
            painter.drawEllipse(at, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _triangle(
        painter: QPainter, at: QPointF, size: float, change: Change, colour: QColor
    ) -> None:
        """Pointing up for a rise, down for an improvement."""
        half = size / 2
        tip = -half if change is Change.RISE else half
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() + tip),
                    QPointF(at.x() - half, at.y() - tip),
                    QPointF(at.x() + half, at.y() - tip),
                ]
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_axes(
        self,
        painter: QPainter,
        plot: QRectF,
        metrics: QFontMetricsF,
        unit: float,
        *,
        text: QColor,
        grid: QColor,
    ) -> None:
        line = metrics.height()
        for value in range(0, PAIN_MAX + 1, GRID_STEP):
            y = self._y(plot, value)
            painter.setPen(QPen(grid, unit))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = str(value)
            painter.drawText(
                QPointF(
                    plot.left() - 0.4 * line - metrics.horizontalAdvance(label),
                    y + metrics.ascent() / 2 - metrics.descent() / 2,
                ),
                label,
            )
        weeks = self._data.weeks
        if not weeks:
            return
        widest = max(metrics.horizontalAdvance(week_label(self._locale, w.week)) for w in weeks)
        fits = max(1, math.floor(plot.width() / (widest + line)))
        step = math.ceil(len(weeks) / fits)
        painter.setPen(text)
        for index, week in enumerate(weeks):
            # Counted back from the last week, so the latest one always has its label.
            if (len(weeks) - 1 - index) % step:
                continue
            label = week_label(self._locale, week.week)
            x = self._x(plot, index) - metrics.horizontalAdvance(label) / 2
            painter.drawText(QPointF(x, plot.bottom() + 0.3 * line + metrics.ascent()), label)

    def _draw_marks(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF, unit: float
    ) -> None:
        """A tinted band down the week, a triangle at its top and the change in points."""
        slot = plot.width() / max(1, len(self._data.weeks))
        for mark in self._data.marks:
            colour = RISE_COLOUR if mark.change is Change.RISE else DROP_COLOUR
            x = self._x(plot, mark.index)
            band = QColor(colour)
            band.setAlphaF(0.14)
            width = min(slot * 0.8, 4 * metrics.height())
            painter.fillRect(QRectF(x - width / 2, plot.top(), width, plot.height()), band)
            edge = QPen(colour, 1.2 * unit, Qt.PenStyle.DashLine)
            painter.setPen(edge)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            size = 7 * unit
            self._triangle(
                painter, QPointF(x, plot.top() + size / 2 + unit), size, mark.change, colour
            )
            label = pain_number(self._locale, mark.value - mark.baseline)
            if mark.value > mark.baseline:
                label = "+" + label
            painter.setPen(colour)
            painter.drawText(QPointF(x + size * 0.7 + unit, plot.top() + metrics.ascent()), label)

    def _draw_series(
        self,
        painter: QPainter,
        plot: QRectF,
        unit: float,
        score: Callable[[ChartWeek], float | None],
        colour: QColor,
        *,
        dashed: bool = False,
    ) -> None:
        """A line through the weekly means, broken over weeks without a score."""
        path = QPainterPath()
        pen_down = False
        points: list[QPointF] = []
        for index, week in enumerate(self._data.weeks):
            value = score(week)
            if value is None:
                pen_down = False
                continue
            point = QPointF(self._x(plot, index), self._y(plot, value))
            points.append(point)
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                pen_down = True
        painter.setPen(self._series_pen(colour, unit, dashed=dashed))
        painter.drawPath(path)
        for point in points:
            self._marker(painter, point, unit, colour, self._fill, dashed=dashed)

    def _draw_values(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF, unit: float
    ) -> None:
        """Each mean as a number: the higher one's above its point, the lower one's below,
        so that before and after never write over each other."""
        gap = 5 * unit
        for index, week in enumerate(self._data.weeks):
            scores = [
                (value, colour)
                for value, colour in ((week.before, BEFORE_COLOUR), (week.after, AFTER_COLOUR))
                if value is not None
            ]
            scores.sort(key=lambda score: -score[0])
            x = self._x(plot, index)
            for place, (value, colour) in enumerate(scores):
                label = pain_number(self._locale, value)
                width = metrics.horizontalAdvance(label)
                y = self._y(plot, value)
                baseline = y - gap - metrics.descent() if place == 0 else y + gap + metrics.ascent()
                left = x - width / 2
                if baseline + metrics.descent() > plot.bottom():  # would meet the week labels
                    baseline, left = y + metrics.ascent() / 2 - metrics.descent() / 2, x + gap
                painter.setPen(colour)
                painter.drawText(QPointF(left, baseline), label)
