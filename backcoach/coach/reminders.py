"""When to remind: the plan, the local wall clock and the history decide, and what was
said already is never said again (no burst after a closed week, no nagging)."""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from backcoach.store.history import SessionRecord
from backcoach.store.plan import Plan, ReminderLog

# A reminder given later than this after its time says so: the app was closed or asleep.
LATE_AFTER = timedelta(minutes=15)
# How far back missed days are counted; a longer lapse is "more than" this many days.
LOOK_BACK_DAYS = 60


@dataclass(frozen=True)
class Reminder:
    day: date
    at: datetime  # the planned moment, local wall time (naive)
    late: bool  # given well after ``at``: a single catch-up for today, never for past days


@dataclass(frozen=True)
class MissedStretch:
    """Planned days with no session, running up to today: told about once."""

    first: date
    last: date
    count: int


@dataclass(frozen=True)
class Check:
    """What to say now, what to remember having said, and when to look again."""

    reminder: Reminder | None
    missed: MissedStretch | None
    log: ReminderLog
    next_at: datetime | None  # the next planned reminder, local wall time; None: no plan


def session_days(records: Iterable[SessionRecord], tz: tzinfo) -> frozenset[date]:
    """The user's calendar days with a session, whatever became of it: coming back at
    all is what a reminder is for."""
    return frozenset(record.started_at.astimezone(tz).date() for record in records)


def planned_moment(plan: Plan, day: date) -> datetime:
    """Local wall time, naive on purpose: 18:00 is 18:00 on either side of a clock change,
    and a time skipped by one (02:30 in spring) simply falls due once the clock is past it."""
    return datetime.combine(day, plan.at)


def due_reminder(plan: Plan, log: ReminderLog, now: datetime, done: Set[date]) -> Reminder | None:
    """Today's reminder if its time has come, none was given today and no session was
    done today. Only today's: days missed while the app was closed are not reminded."""
    today = now.date()
    if not plan.planned_on(today) or today in done or log.reminded_on == today:
        return None
    at = planned_moment(plan, today)
    if now < at:
        return None
    return Reminder(today, at, late=now - at > LATE_AFTER)


def next_reminder(plan: Plan, log: ReminderLog, now: datetime, done: Set[date]) -> datetime | None:
    """When the next reminder falls due (``now`` if one is due already); None with no plan."""
    today = now.date()
    for offset in range(8):  # every weekday comes round within a week
        day = today + timedelta(days=offset)
        if not plan.planned_on(day):
            continue
        if offset == 0:
            if day in done or log.reminded_on == day:
                continue
            return max(planned_moment(plan, day), now)
        return planned_moment(plan, day)
    return None


def missed_stretch(
    plan: Plan, log: ReminderLog, today: date, done: Set[date]
) -> MissedStretch | None:
    """The planned days before ``today`` missed since the last session (or since the plan
    began), unless that stretch was told about already or a session today ended it."""
    if not plan.enabled or today in done:
        return None
    missed: list[date] = []
    day = today - timedelta(days=1)
    oldest = today - timedelta(days=LOOK_BACK_DAYS)
    while day >= oldest and (plan.since is None or day >= plan.since):
        if day in done:
            break
        if log.missed_told_from is not None and day <= log.missed_told_from:
            return None  # no session since the stretch that was told: the same stretch
        if plan.planned_on(day):
            missed.append(day)
        day -= timedelta(days=1)
    if not missed:
        return None
    return MissedStretch(first=missed[-1], last=missed[0], count=len(missed))


def check(plan: Plan, log: ReminderLog, now: datetime, done: Set[date]) -> Check:
    """Everything the reminder timer needs at ``now`` (local wall time), in one step.

    ``done`` holds the local days with a session, at least the last LOOK_BACK_DAYS."""
    reminder = due_reminder(plan, log, now, done)
    missed = missed_stretch(plan, log, now.date(), done)
    if reminder is not None:
        log = replace(log, reminded_on=reminder.day)
    if missed is not None:
        log = replace(log, missed_told_from=missed.first)
    return Check(reminder, missed, log, next_reminder(plan, log, now, done))


def adopt(old: Plan, new: Plan, log: ReminderLog, now: datetime) -> tuple[Plan, ReminderLog]:
    """A plan just chosen at ``now``: switched on, its days count from today (none before
    it can be missed); and a time already past today is not reminded of straight away."""
    if new.enabled and (not old.enabled or new.since is None):
        new = replace(new, since=now.date())
    if new.enabled and planned_moment(new, now.date()) <= now:
        log = replace(log, reminded_on=now.date())
    return new, log
