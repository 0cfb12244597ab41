"""Reminder decisions over days of a fake wall clock: due at the time on planned days, not
once the day's session is done, missed days told once, and a restart says nothing again."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone

from backcoach.coach.reminders import (
    LATE_AFTER,
    Check,
    MissedStretch,
    check,
    due_reminder,
    missed_stretch,
    next_reminder,
    session_days,
)
from backcoach.store.history import HistoryStore, RoutineSnapshot
from backcoach.store.plan import Plan, ReminderLog

MONDAY = date(2026, 3, 2)
MON_WED_FRI = Plan("gentle-start", frozenset({0, 2, 4}), time(18, 0), enabled=True, since=MONDAY)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


@dataclass
class App:
    """The app's reminder loop as the Qt timer runs it: every check keeps the log it gets
    back (as the plan file does), and a "restart" is simply a new check with that log."""

    plan: Plan
    log: ReminderLog = field(default_factory=ReminderLog)
    done: set[date] = field(default_factory=set)
    said: list[tuple[datetime, Check]] = field(default_factory=list)
    follows: bool = False  # the user does the session when reminded

    def run(self, start: datetime, end: datetime, step: timedelta = timedelta(minutes=1)) -> None:
        now = start
        while now <= end:
            self.check(now)
            now += step

    def check(self, now: datetime) -> Check:
        result = check(self.plan, self.log, now, self.done)
        self.log = result.log
        if result.reminder or result.missed:
            self.said.append((now, result))
        if result.reminder and self.follows:
            self.done.add(now.date())
        return result


def test_due_at_the_time_on_planned_days_only() -> None:
    app = App(MON_WED_FRI, follows=True)
    app.run(at(MONDAY, 0), at(MONDAY + timedelta(days=13), 23, 59), timedelta(minutes=5))
    moments = [now for now, said in app.said]
    assert moments == [at(MONDAY + timedelta(days=d), 18) for d in (0, 2, 4, 7, 9, 11)]
    assert all(said.reminder and not said.reminder.late for _now, said in app.said)
    assert all(said.missed is None for _now, said in app.said)


def test_a_reminder_not_followed_is_followed_by_one_word_about_it() -> None:
    app = App(MON_WED_FRI)
    app.run(at(MONDAY, 0), at(MONDAY + timedelta(days=6), 23, 59), timedelta(minutes=5))
    assert [now for now, said in app.said if said.reminder] == [
        at(MONDAY + timedelta(days=d), 18) for d in (0, 2, 4)
    ]
    missed = [(now, said.missed) for now, said in app.said if said.missed]
    assert missed == [(at(MONDAY + timedelta(days=1), 0), MissedStretch(MONDAY, MONDAY, 1))]


def test_not_before_the_time_and_not_twice_the_same_day() -> None:
    log = ReminderLog()
    assert due_reminder(MON_WED_FRI, log, at(MONDAY, 17, 59), set()) is None
    reminder = due_reminder(MON_WED_FRI, log, at(MONDAY, 18), set())
    assert reminder is not None and reminder.at == at(MONDAY, 18)
    told = ReminderLog(reminded_on=MONDAY)
    assert due_reminder(MON_WED_FRI, told, at(MONDAY, 21), set()) is None


def test_no_reminder_on_a_day_with_a_session() -> None:
    done = {MONDAY}
    assert due_reminder(MON_WED_FRI, ReminderLog(), at(MONDAY, 18, 30), done) is None
    # the next one is Wednesday's
    assert next_reminder(MON_WED_FRI, ReminderLog(), at(MONDAY, 9), done) == at(
        MONDAY + timedelta(days=2), 18
    )


def test_a_closed_app_gets_one_late_reminder_for_today_never_a_burst() -> None:
    app = App(MON_WED_FRI)
    # Closed all week; opened on Friday evening, then checked every minute until midnight.
    friday = MONDAY + timedelta(days=4)
    app.run(at(friday, 21), at(friday, 23, 59))
    reminders = [said.reminder for _now, said in app.said if said.reminder]
    assert len(reminders) == 1
    assert reminders[0] is not None and reminders[0].late and reminders[0].day == friday
    assert at(friday, 21) - reminders[0].at > LATE_AFTER


def test_missed_days_are_told_once_per_stretch_even_across_restarts() -> None:
    app = App(MON_WED_FRI)
    thursday = MONDAY + timedelta(days=3)
    first = app.check(at(thursday, 8))  # Monday and Wednesday went by without a session
    assert first.missed == MissedStretch(MONDAY, MONDAY + timedelta(days=2), 2)
    assert first.reminder is None  # not a planned day
    # A restart later that day, then the stretch goes on: Friday missed too.
    assert app.check(at(thursday, 9)).missed is None
    assert app.check(at(MONDAY + timedelta(days=5), 10)).missed is None
    assert app.check(at(MONDAY + timedelta(days=8), 10)).missed is None
    # A session on the Tuesday after ends the stretch; missing Wednesday starts a new one.
    app.done.add(MONDAY + timedelta(days=8))
    again = app.check(at(MONDAY + timedelta(days=10), 8))
    assert again.missed == MissedStretch(MONDAY + timedelta(days=9), MONDAY + timedelta(days=9), 1)


def test_nothing_missed_before_the_plan_began_nor_after_a_session_today() -> None:
    late_plan = Plan(weekdays=frozenset(range(7)), enabled=True, since=MONDAY + timedelta(days=3))
    assert missed_stretch(late_plan, ReminderLog(), MONDAY + timedelta(days=3), set()) is None
    today = MONDAY + timedelta(days=4)
    assert missed_stretch(late_plan, ReminderLog(), today, set()) is not None
    assert missed_stretch(late_plan, ReminderLog(), today, {today}) is None


def test_a_plan_switched_off_says_nothing() -> None:
    off = Plan(enabled=False, since=MONDAY)
    result = check(off, ReminderLog(), at(MONDAY + timedelta(days=9), 19), set())
    assert (result.reminder, result.missed, result.next_at) == (None, None, None)


def test_wall_time_holds_across_a_clock_change() -> None:
    # Europe's spring change, 29 March 2026: 02:00 became 03:00. A reminder at 02:30 falls
    # due once the wall clock is past it, and 18:00 stays 18:00 on the day after.
    sunday = date(2026, 3, 29)
    early = Plan(weekdays=frozenset(range(7)), at=time(2, 30), enabled=True, since=sunday)
    assert due_reminder(early, ReminderLog(), at(sunday, 1, 59), set()) is None
    assert due_reminder(early, ReminderLog(), at(sunday, 3, 0), set()) is not None
    evening = Plan(weekdays=frozenset(range(7)), enabled=True, since=sunday)
    assert next_reminder(evening, ReminderLog(reminded_on=sunday), at(sunday, 18, 1), set()) == at(
        date(2026, 3, 30), 18
    )


def test_the_next_reminder_is_now_when_one_is_due() -> None:
    assert next_reminder(MON_WED_FRI, ReminderLog(), at(MONDAY, 19), set()) == at(MONDAY, 19)
    assert next_reminder(MON_WED_FRI, ReminderLog(), at(MONDAY, 9), set()) == at(MONDAY, 18)


def test_session_days_are_the_users_local_days() -> None:
    store = HistoryStore.in_memory_only()
    snapshot = RoutineSnapshot("gentle-start", "Gentle start", ())
    store.start_session(snapshot, datetime(2026, 3, 2, 23, 30, tzinfo=UTC))
    berlin = timezone(timedelta(hours=1))
    assert session_days(store.sessions(), berlin) == {date(2026, 3, 3)}
    assert session_days(store.sessions(), UTC) == {date(2026, 3, 2)}
