"""Trends: streaks on the local calendar, minutes per ISO week, weekly pain, clinician advice."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from backcoach.coach.trends import (
    AdviceKind,
    IsoWeek,
    clinician_advice,
    is_meaningful_change,
    is_meaningful_improvement,
    is_meaningful_rise,
    minutes_per_week,
    pain_per_week,
    streaks,
)
from backcoach.store.history import RoutineSnapshot, SessionRecord, SessionStatus

PLAN = RoutineSnapshot("gentle-start", "Gentle start", ())
MONDAY = datetime(2025, 3, 3, 18, 0, tzinfo=UTC)  # ISO week 2025-W10


def session(
    start: datetime,
    minutes: float = 10,
    *,
    before: int | None = None,
    after: int | None = None,
    status: SessionStatus = SessionStatus.COMPLETED,
) -> SessionRecord:
    return SessionRecord(
        id=0,
        snapshot=PLAN,
        started_at=start,
        ended_at=start + timedelta(minutes=minutes),
        status=status,
        pain_before=before,
        pain_after=after,
    )


def days(*offsets: int) -> list[SessionRecord]:
    return [session(MONDAY + timedelta(days=offset)) for offset in offsets]


def weekly(*pains: int | None, gap_after: int | None = None) -> list[SessionRecord]:
    sessions = []
    for week, pain in enumerate(pains):
        shift = 14 if gap_after is not None and week > gap_after else 0  # 3 weeks apart
        sessions.append(session(MONDAY + timedelta(days=7 * week + shift), before=pain))
    return sessions


# --- streaks ---------------------------------------------------------------------------


def test_no_sessions_no_streak() -> None:
    result = streaks([], date(2025, 3, 3), UTC)
    assert (result.current, result.longest) == (0, 0)


def test_one_session_today_is_a_streak_of_one() -> None:
    result = streaks(days(0), date(2025, 3, 3), UTC)
    assert (result.current, result.longest) == (1, 1)


def test_a_streak_lives_on_until_today_is_over() -> None:
    sessions = days(0, 1, 2)
    assert streaks(sessions, date(2025, 3, 6), UTC).current == 3  # none yet today
    assert streaks(sessions, date(2025, 3, 7), UTC).current == 0  # yesterday missed


def test_a_gap_breaks_the_streak_and_the_longest_is_kept() -> None:
    sessions = days(0, 1, 2, 3, 5, 6) + days(6)  # two sessions on one day count once
    result = streaks(sessions, date(2025, 3, 9), UTC)
    assert (result.current, result.longest) == (2, 4)


def test_days_are_the_users_local_days() -> None:
    # 23:30 and 00:30 in New York are two days there, one day (the 4th) in UTC.
    new_york = timezone(timedelta(hours=-5))
    sessions = [
        session(datetime(2025, 3, 3, 23, 30, tzinfo=new_york)),
        session(datetime(2025, 3, 4, 0, 30, tzinfo=new_york)),
    ]
    assert streaks(sessions, date(2025, 3, 4), new_york).current == 2
    assert streaks(sessions, date(2025, 3, 4), UTC).current == 1


def test_a_running_session_does_not_count() -> None:
    running = [session(MONDAY, status=SessionStatus.RUNNING)]
    assert streaks(running, date(2025, 3, 3), UTC).current == 0


@given(st.sets(st.integers(0, 60), max_size=40), st.integers(0, 70))
def test_streaks_are_bounded_by_the_days_practised(offsets: set[int], today_offset: int) -> None:
    sessions = days(*offsets)
    result = streaks(sessions, date(2025, 3, 3) + timedelta(days=today_offset), UTC)
    assert 0 <= result.current <= result.longest <= len(offsets)
    if offsets:
        assert result.longest >= 1


# --- minutes and pain per week ---------------------------------------------------------


def test_minutes_per_iso_week_list_empty_weeks_up_to_today() -> None:
    sessions = [
        session(MONDAY, 10),
        session(MONDAY + timedelta(days=6), 5.5),  # Sunday: same ISO week
        session(MONDAY + timedelta(days=14), 20),
    ]
    weeks = minutes_per_week(sessions, date(2025, 3, 26), UTC)
    assert [(str(w.week), w.minutes, w.sessions) for w in weeks] == [
        ("2025-W10", 15.5, 2),
        ("2025-W11", 0.0, 0),
        ("2025-W12", 20.0, 1),
        ("2025-W13", 0.0, 0),
    ]
    assert minutes_per_week([], date(2025, 3, 26), UTC) == []


def test_iso_weeks_cross_the_year() -> None:
    assert str(IsoWeek.of(date(2024, 12, 30))) == "2025-W01"
    assert IsoWeek(2020, 53).next() == IsoWeek(2021, 1)


def test_pain_per_week_is_the_mean_of_each_score() -> None:
    sessions = [
        session(MONDAY, before=4, after=2),
        session(MONDAY + timedelta(days=1), before=5, after=None),
        session(MONDAY + timedelta(days=7)),
    ]
    first, second = pain_per_week(sessions, UTC)
    assert (first.before, first.after, first.next_day, first.sessions) == (4.5, 2.0, None, 2)
    assert (second.before, second.after) == (None, None)


# --- meaningful change -----------------------------------------------------------------


def test_two_points_is_meaningful_exactly() -> None:
    assert is_meaningful_change(8, 6)
    assert is_meaningful_change(6, 8)
    assert not is_meaningful_change(8, 6.1)


def test_thirty_percent_is_meaningful_exactly() -> None:
    assert is_meaningful_improvement(5, 3.5)  # 30 % of 5 is 1.5
    assert not is_meaningful_improvement(5, 3.6)
    assert is_meaningful_change(10 / 3, 10 / 3 - 1)  # 30 % of 3.33 = 1 point exactly


def test_under_a_point_is_never_meaningful() -> None:
    assert not is_meaningful_change(1, 1.3)  # 30 % of 1, but under the scale's step
    assert not is_meaningful_change(0, 1.5)
    assert is_meaningful_rise(0, 2)


def test_direction_matters() -> None:
    assert is_meaningful_rise(3, 5) and not is_meaningful_improvement(3, 5)
    assert is_meaningful_improvement(5, 3) and not is_meaningful_rise(5, 3)


@given(st.integers(0, 10), st.integers(0, 10))
def test_meaningful_change_is_symmetric_in_size(earlier: int, later: int) -> None:
    if abs(later - earlier) >= 2:
        assert is_meaningful_change(earlier, later)
    if earlier == later:
        assert not is_meaningful_change(earlier, later)
    assert is_meaningful_rise(earlier, later) == (
        later > earlier and is_meaningful_change(earlier, later)
    )


# --- clinician advice ------------------------------------------------------------------


def test_no_data_no_advice() -> None:
    assert clinician_advice([], UTC) == []
    assert clinician_advice(weekly(5), UTC) == []


def test_pain_rising_two_weeks_in_a_row_by_a_meaningful_amount() -> None:
    (advice,) = clinician_advice(weekly(3, 4, 5), UTC)
    assert advice.kind is AdviceKind.PAIN_RISING
    assert (advice.from_pain, advice.to_pain) == (3, 5)
    assert (str(advice.from_week), str(advice.to_week)) == ("2025-W10", "2025-W12")


def test_one_rising_week_is_not_enough() -> None:
    assert clinician_advice(weekly(3, 3, 6), UTC) == []


def test_rising_by_less_than_meaningful_is_not_advice() -> None:
    # Weekly means 6, 6.5, 7: up twice, but 1 point is under 30 % of 6.
    pains = [(6, 6), (6, 7), (7, 7)]
    sessions = [
        session(MONDAY + timedelta(days=7 * week + day), before=pain)
        for week, pair in enumerate(pains)
        for day, pain in enumerate(pair)
    ]
    assert [w.before for w in pain_per_week(sessions, UTC)] == [6, 6.5, 7]
    assert clinician_advice(sessions, UTC) == []


def test_a_fall_ends_the_run() -> None:
    assert clinician_advice(weekly(3, 5, 4, 5), UTC) == []


def test_weeks_without_a_score_are_skipped_but_a_long_break_splits_the_run() -> None:
    assert [a.kind for a in clinician_advice(weekly(3, None, 4, 5), UTC)] == [
        AdviceKind.PAIN_RISING
    ]
    assert clinician_advice(weekly(3, 4, 5, gap_after=1), UTC) == []


def test_no_meaningful_improvement_after_six_weeks_of_practice() -> None:
    (advice,) = clinician_advice(weekly(5, 5, 4, 5, 4, 4), UTC)
    assert advice.kind is AdviceKind.NO_IMPROVEMENT
    assert (advice.from_pain, advice.to_pain) == (5, 4)


def test_five_weeks_is_too_early_and_improvement_needs_no_advice() -> None:
    assert clinician_advice(weekly(5, 5, 5, 5, 5), UTC) == []
    assert clinician_advice(weekly(5, 5, 4, 4, 4, 3), UTC) == []  # exactly 2 points
    assert clinician_advice(weekly(0, 0, 0, 0, 0, 0), UTC) == []  # nothing to improve
