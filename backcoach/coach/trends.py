"""Practice and pain over time: streaks, minutes per ISO week, weekly pain, when to see a clinician.

Everything works on the user's local calendar, given as a ``tzinfo`` (and "today" as a
date), so a session at 00:30 counts for the day the user lived it and tests need no clock.

Definitions (docs/history.md):

* A **streak** is a run of consecutive calendar days with at least one session that did
  some work (any status but running). The current streak ends today, or yesterday when
  there is no session yet today (the day is not over).
* **Minutes per week**: the sum of session lengths per ISO week of the session's start,
  every week from the first to the current one listed, empty weeks as 0.
* **Weekly pain**: the mean of the pain scores (before, after, next day: each on its
  own) of the sessions started in that ISO week; None where none was given.
* A **meaningful change** on the 0-10 scale (Ostelo 2008) is 2 points, or 30 % of the
  earlier value; the 30 % rule needs at least 1 point, the scale's own step, so a mean
  moving from 1.0 to 1.3 is not a change. Exactly 2 points or exactly 30 % count.
* **See a clinician** (advice, never a diagnosis):
  - ``PAIN_RISING``: the weekly mean of pain before sessions rose in each of the last
    two or more consecutive weeks that have a score (weeks without a score are skipped,
    weeks further apart than RISING_GAP_WEEKS break the run), and the last week's mean is
    a meaningful rise over the week where the rise began;
  - ``NO_IMPROVEMENT``: at least six ISO weeks with practice, and the mean pain before
    sessions in the latest practice week is not a meaningful improvement on the first
    practice week's (needs a score in both and a first-week mean above 0: without pain
    there is nothing to improve).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from enum import StrEnum
from statistics import fmean

from backcoach.store.history import SessionRecord, SessionStatus

MEANINGFUL_POINTS = 2.0
MEANINGFUL_FRACTION = 0.3
SCALE_STEP = 1.0  # below a point a change on a 0-10 whole-number scale is noise
PRACTICE_WEEKS_FOR_REVIEW = 6
RISING_WEEKS = 2
RISING_GAP_WEEKS = 2  # a longer break starts a new run: pain then says little of practice
_EPSILON = 1e-9  # means of whole numbers: 30 % of 5 is 1.4999999... in floating point


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        calendar = day.isocalendar()
        return cls(calendar.year, calendar.week)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def next(self) -> IsoWeek:
        return IsoWeek.of(self.monday + timedelta(days=7))

    def weeks_until(self, other: IsoWeek) -> int:
        return (other.monday - self.monday).days // 7

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


@dataclass(frozen=True)
class Streaks:
    current: int  # days, ending today or yesterday
    longest: int


@dataclass(frozen=True)
class WeekMinutes:
    week: IsoWeek
    minutes: float
    sessions: int


@dataclass(frozen=True)
class WeekPain:
    week: IsoWeek
    before: float | None
    after: float | None
    next_day: float | None
    sessions: int


class AdviceKind(StrEnum):
    PAIN_RISING = "pain-rising"
    NO_IMPROVEMENT = "no-improvement"


@dataclass(frozen=True)
class Advice:
    """Advice to see a clinician, with the figures the window can show."""

    kind: AdviceKind
    from_week: IsoWeek
    to_week: IsoWeek
    from_pain: float
    to_pain: float


def _practised(sessions: Iterable[SessionRecord]) -> list[SessionRecord]:
    return [s for s in sessions if s.status is not SessionStatus.RUNNING]


def practice_days(sessions: Iterable[SessionRecord], tz: tzinfo) -> set[date]:
    return {s.started_at.astimezone(tz).date() for s in _practised(sessions)}


def streaks(sessions: Iterable[SessionRecord], today: date, tz: tzinfo) -> Streaks:
    days = practice_days(sessions, tz)
    longest = 0
    for day in days:
        if day - timedelta(days=1) not in days:  # the first day of a run
            length = 1
            while day + timedelta(days=length) in days:
                length += 1
            longest = max(longest, length)
    end = today if today in days else today - timedelta(days=1)
    current = 0
    while end - timedelta(days=current) in days:
        current += 1
    return Streaks(current, longest)


def _by_week(sessions: Iterable[SessionRecord], tz: tzinfo) -> dict[IsoWeek, list[SessionRecord]]:
    weeks: dict[IsoWeek, list[SessionRecord]] = defaultdict(list)
    for record in _practised(sessions):
        weeks[IsoWeek.of(record.started_at.astimezone(tz).date())].append(record)
    return weeks


def _week_range(first: IsoWeek, last: IsoWeek) -> list[IsoWeek]:
    weeks = [first]
    while weeks[-1] < last:
        weeks.append(weeks[-1].next())
    return weeks


def minutes_per_week(
    sessions: Iterable[SessionRecord], today: date, tz: tzinfo
) -> list[WeekMinutes]:
    weeks = _by_week(sessions, tz)
    if not weeks:
        return []
    last = max(*weeks, IsoWeek.of(today))
    return [
        WeekMinutes(
            week,
            sum(s.duration_s for s in weeks.get(week, ())) / 60.0,
            len(weeks.get(week, ())),
        )
        for week in _week_range(min(weeks), last)
    ]


def _mean(values: Iterable[int | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None


def pain_per_week(sessions: Iterable[SessionRecord], tz: tzinfo) -> list[WeekPain]:
    """Weeks with at least one session, oldest first, each score's weekly mean."""
    weeks = _by_week(sessions, tz)
    return [
        WeekPain(
            week,
            _mean(s.pain_before for s in weeks[week]),
            _mean(s.pain_after for s in weeks[week]),
            _mean(s.pain_next_day for s in weeks[week]),
            len(weeks[week]),
        )
        for week in sorted(weeks)
    ]


def is_meaningful_change(earlier: float, later: float) -> bool:
    """2 points, or 30 % of ``earlier`` and at least a point (Ostelo 2008)."""
    change = abs(later - earlier)
    if change + _EPSILON >= MEANINGFUL_POINTS:
        return True
    return (
        earlier > 0
        and change + _EPSILON >= MEANINGFUL_FRACTION * earlier
        and change + _EPSILON >= SCALE_STEP
    )


def is_meaningful_improvement(earlier: float, later: float) -> bool:
    return later < earlier and is_meaningful_change(earlier, later)


def is_meaningful_rise(earlier: float, later: float) -> bool:
    return later > earlier and is_meaningful_change(earlier, later)


def _rising_advice(weekly: Sequence[WeekPain]) -> Advice | None:
    scored = [(w.week, w.before) for w in weekly if w.before is not None]
    run_start = len(scored) - 1
    while run_start > 0:
        (week, pain), (later_week, later_pain) = scored[run_start - 1], scored[run_start]
        if later_pain <= pain or week.weeks_until(later_week) > RISING_GAP_WEEKS:
            break
        run_start -= 1
    rises = len(scored) - 1 - run_start
    if rises < RISING_WEEKS:
        return None
    first_week, first_pain = scored[run_start]
    last_week, last_pain = scored[-1]
    if not is_meaningful_rise(first_pain, last_pain):
        return None
    return Advice(AdviceKind.PAIN_RISING, first_week, last_week, first_pain, last_pain)


def _no_improvement_advice(weekly: Sequence[WeekPain]) -> Advice | None:
    if len(weekly) < PRACTICE_WEEKS_FOR_REVIEW:
        return None
    first, last = weekly[0], weekly[-1]
    if first.before is None or last.before is None or first.before <= 0:
        return None
    if is_meaningful_improvement(first.before, last.before):
        return None
    return Advice(AdviceKind.NO_IMPROVEMENT, first.week, last.week, first.before, last.before)


def clinician_advice(sessions: Iterable[SessionRecord], tz: tzinfo) -> list[Advice]:
    """Reasons to see a clinician, most pressing first; empty when there are none."""
    weekly = pain_per_week(sessions, tz)
    found = [_rising_advice(weekly), _no_improvement_advice(weekly)]
    return [advice for advice in found if advice is not None]
