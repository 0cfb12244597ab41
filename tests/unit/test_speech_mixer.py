"""The mixer: which samples go out next, cues on their moment, one at a time (no sound output)."""

from __future__ import annotations

import array
from typing import Any

import pytest

from backcoach.session.cues import Priority
from backcoach.speech.mixer import MAX_LATE_S, Job, Mixer
from backcoach.speech.wavfile import SAMPLE_RATE, SAMPLE_WIDTH, samples, to_pcm

T0 = 100.0  # time.monotonic() of frame 0 in these tests


def frame_time(frames: int) -> float:
    return T0 + frames / SAMPLE_RATE


def at_frame(frames: int) -> Any:
    """A time equal to frame ``frames`` after T0, to well under a sample."""
    return pytest.approx(frame_time(frames), abs=1e-9)


def ramp(first: int, count: int) -> bytes:
    """``count`` samples first, first + 1, ...: each one tells where it came from."""
    return to_pcm(array.array("h", range(first, first + count)))


def values(pcm: bytes) -> list[int]:
    return list(samples(pcm))


class Recorder:
    """The three callbacks, recorded in the order they came."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def started(self, token: int, time: float) -> None:
        self.events.append(("started", token, time))

    def ended(self, token: int, time: float, completed: bool) -> None:
        self.events.append(("ended", token, time, completed))

    def dropped(self, token: int) -> None:
        self.events.append(("dropped", token))

    def mixer(self) -> Mixer:
        return Mixer(self.started, self.ended, self.dropped)


def state(mixer: Mixer) -> tuple[bool, bool]:
    """``idle`` and ``playing``, read afresh (a plain assert would let mypy pin them)."""
    return mixer.idle, mixer.playing


def is_done(job_: Job, pos: int) -> bool:
    job_.pos = pos
    return job_.done


def job(token: int, frame: int, pcm: bytes, priority: int = Priority.NORMAL) -> Job:
    return Job(frame_time(frame), token, priority, pcm)


def test_a_cue_due_within_the_room_gets_silence_up_to_its_moment_then_its_samples() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 5, ramp(1000, 20)))
    out = mixer.fill(10, T0)
    assert len(out) == 10 * SAMPLE_WIDTH
    assert values(out) == [0, 0, 0, 0, 0, 1000, 1001, 1002, 1003, 1004]
    assert rec.events == [("started", 1, at_frame(5))]
    assert state(mixer) == (False, True)
    assert mixer.next_due() is None


def test_a_cue_due_now_starts_on_the_first_frame_without_silence() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 0, ramp(1000, 20)))
    assert values(mixer.fill(4, T0)) == [1000, 1001, 1002, 1003]
    assert rec.events == [("started", 1, at_frame(0))]


def test_a_cue_due_after_the_room_writes_nothing_and_reports_nothing() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 10, ramp(1000, 20)))
    # Due on frame 10 of a 10-frame room: just past it, so no silence is written ahead.
    assert mixer.fill(10, T0) == b""
    assert rec.events == []
    assert state(mixer) == (False, False)
    assert mixer.next_due() == pytest.approx(frame_time(10), abs=1e-9)
    # One frame more of room and it begins on the last one.
    assert values(mixer.fill(11, T0)) == [0] * 10 + [1000]
    assert rec.events == [("started", 1, at_frame(10))]


def test_no_room_writes_nothing_even_for_a_cue_due_now() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 0, ramp(1000, 5)))
    assert mixer.fill(0, T0) == b""
    assert rec.events == []
    assert mixer.next_due() == pytest.approx(T0, abs=1e-9)


def test_a_cue_plays_to_its_end_across_several_fills() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    pcm = ramp(1000, 25)
    mixer.add(job(7, 0, pcm))
    pieces = [mixer.fill(10, frame_time(0)), mixer.fill(10, frame_time(10))]
    assert [len(p) // SAMPLE_WIDTH for p in pieces] == [10, 10]
    assert rec.events == [("started", 7, at_frame(0))]  # not ended while samples remain
    pieces.append(mixer.fill(10, frame_time(20)))
    assert values(pieces[2]) == [1020, 1021, 1022, 1023, 1024]  # the rest, no padding
    assert b"".join(pieces) == pcm
    assert rec.events == [("started", 7, at_frame(0)), ("ended", 7, at_frame(25), True)]
    assert state(mixer) == (True, False)
    assert mixer.fill(10, frame_time(30)) == b""
    assert len(rec.events) == 2


def test_a_cue_ending_exactly_on_the_room_ends_in_that_fill() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 2, ramp(1000, 8)))
    out = mixer.fill(10, T0)
    assert values(out) == [0, 0, *range(1000, 1008)]
    assert rec.events == [("started", 1, at_frame(2)), ("ended", 1, at_frame(10), True)]
    assert mixer.idle


def test_the_next_cue_follows_in_the_same_fill_on_its_own_frame() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 0, ramp(1000, 3)))
    mixer.add(job(2, 6, ramp(2000, 3), Priority.LOW))  # after the first: priority is moot
    out = mixer.fill(20, T0)
    assert values(out) == [1000, 1001, 1002, 0, 0, 0, 2000, 2001, 2002]
    assert rec.events == [
        ("started", 1, at_frame(0)),
        ("ended", 1, at_frame(3), True),
        ("started", 2, at_frame(6)),
        ("ended", 2, at_frame(9), True),
    ]


def test_a_cue_due_right_as_the_playing_one_ends_follows_it_whatever_its_priority() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 0, ramp(1000, 4), Priority.BEAT))
    mixer.add(job(2, 4, ramp(2000, 2), Priority.LOW))
    assert values(mixer.fill(10, T0)) == [1000, 1001, 1002, 1003, 2000, 2001]
    assert rec.events == [
        ("started", 1, at_frame(0)),
        ("ended", 1, at_frame(4), True),
        ("started", 2, at_frame(4)),
        ("ended", 2, at_frame(6), True),
    ]


def test_the_lateness_limit_is_three_tenths_of_a_second() -> None:
    assert MAX_LATE_S == 0.3


def test_a_cue_more_than_the_limit_late_is_dropped_and_the_next_still_plays() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(Job(T0 - 0.31, 1, Priority.BEAT, ramp(1000, 5)))
    assert mixer.fill(10, T0) == b""
    assert rec.events == [("dropped", 1)]
    assert mixer.idle
    # A dropped cue takes no room: the cue after it lands on its frame in the same fill.
    cursor = frame_time(SAMPLE_RATE)  # one second on
    mixer.add(Job(cursor - 0.31, 2, Priority.BEAT, ramp(2000, 5)))
    mixer.add(job(3, SAMPLE_RATE + 3, ramp(3000, 5)))
    assert values(mixer.fill(6, cursor)) == [0, 0, 0, 3000, 3001, 3002]
    assert rec.events[1:] == [("dropped", 2), ("started", 3, at_frame(SAMPLE_RATE + 3))]


def test_a_cue_two_tenths_late_starts_at_once_at_the_cursor() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(Job(T0 - 0.2, 1, Priority.LOW, ramp(1000, 20)))
    out = mixer.fill(6, T0)
    assert values(out) == [1000, 1001, 1002, 1003, 1004, 1005]  # its start, not skipped ahead
    assert rec.events == [("started", 1, at_frame(0))]  # when it is heard, not when it was due


def test_a_more_important_cue_cuts_the_playing_one_at_its_moment() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 0, ramp(1000, 50), Priority.NORMAL))
    mixer.add(job(2, 7, ramp(5000, 20), Priority.HIGH))
    out = mixer.fill(12, T0)
    assert values(out) == [*range(1000, 1007), *range(5000, 5005)]
    assert rec.events == [
        ("started", 1, at_frame(0)),
        ("ended", 1, at_frame(7), False),
        ("started", 2, at_frame(7)),
    ]
    # The cut cue never comes back: the new one plays to its end, then nothing.
    rest = mixer.fill(64, frame_time(12))
    assert values(rest) == list(range(5005, 5020))
    assert rec.events[3:] == [("ended", 2, at_frame(27), True)]
    assert mixer.idle


def test_a_cut_due_in_a_later_fill_lands_on_its_frame_there() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 0, ramp(1000, 50), Priority.LOW))
    mixer.add(job(2, 13, ramp(5000, 20), Priority.BEAT))
    first = mixer.fill(10, frame_time(0))
    assert values(first) == list(range(1000, 1010))
    assert rec.events == [("started", 1, at_frame(0))]
    assert mixer.next_due() == pytest.approx(frame_time(13), abs=1e-9)
    second = mixer.fill(10, frame_time(10))
    assert values(second) == [1010, 1011, 1012, *range(5000, 5007)]
    assert rec.events[1:] == [("ended", 1, at_frame(13), False), ("started", 2, at_frame(13))]


@pytest.mark.parametrize("priority", [Priority.LOW, Priority.NORMAL])
def test_an_as_or_less_important_cue_due_while_one_plays_is_dropped(priority: int) -> None:
    rec = Recorder()
    mixer = rec.mixer()
    pcm = ramp(1000, 30)
    mixer.add(job(1, 0, pcm, Priority.NORMAL))
    mixer.add(job(2, 7, ramp(5000, 10), priority))
    out = mixer.fill(40, T0)
    assert out == pcm  # untouched: every sample of it, and nothing of the dropped one
    assert rec.events == [
        ("started", 1, at_frame(0)),
        ("dropped", 2),
        ("ended", 1, at_frame(30), True),
    ]
    assert mixer.idle


def test_of_two_cues_for_the_same_moment_the_more_important_is_heard() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    # The less important one handed over first (lower token) is still not started: it
    # would be cut on the same frame with nothing of it heard.
    mixer.add(job(1, 2, ramp(1000, 10), Priority.LOW))
    mixer.add(job(2, 2, ramp(5000, 4), Priority.BEAT))
    out = mixer.fill(10, T0)
    assert values(out) == [0, 0, 5000, 5001, 5002, 5003]
    assert rec.events == [
        ("started", 2, at_frame(2)),
        ("dropped", 1),
        ("ended", 2, at_frame(6), True),
    ]


def test_a_more_important_cue_overdue_beyond_the_limit_does_not_cut_in() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 0, ramp(1000, 30)))
    assert values(mixer.fill(10, T0)) == list(range(1000, 1010))
    # Due at frame 5, seen only now at frame 10 + the limit (a frozen machine): too late
    # to be on its beat, so dropped; the playing cue goes on.
    frozen = frame_time(10) + MAX_LATE_S + 0.01
    mixer.add(job(2, 5, ramp(5000, 10), Priority.BEAT))
    assert values(mixer.fill(10, frozen)) == list(range(1010, 1020))
    assert rec.events == [("started", 1, at_frame(0)), ("dropped", 2)]


def test_stop_drops_the_waiting_cues_and_cuts_the_playing_one_at_now() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 0, ramp(1000, 100)))
    mixer.add(job(3, 500, ramp(3000, 10)))
    mixer.add(job(2, 200, ramp(2000, 10)))
    assert values(mixer.fill(10, T0)) == list(range(1000, 1010))
    now = T0 + 0.5
    mixer.stop(now)
    assert rec.events == [
        ("started", 1, at_frame(0)),
        ("dropped", 2),  # in the order they were due
        ("dropped", 3),
        ("ended", 1, pytest.approx(now, abs=1e-9), False),
    ]
    assert state(mixer) == (True, False)
    assert mixer.next_due() is None
    assert mixer.fill(1000, frame_time(10)) == b""
    assert len(rec.events) == 4


def test_stop_with_nothing_to_play_reports_nothing() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.stop(T0)
    assert rec.events == []
    assert mixer.idle


def test_stop_before_anything_started_only_drops() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(4, 50, ramp(1000, 10)))
    assert mixer.fill(10, T0) == b""
    mixer.stop(T0)
    assert rec.events == [("dropped", 4)]
    assert mixer.idle


@pytest.mark.parametrize("room", [1, 2, 3, 4, 7, 10, 16, 17, 64])
def test_whatever_the_room_no_fill_exceeds_it_and_cues_land_on_their_frames(room: int) -> None:
    """A device playing silence when a fill comes short: the stream heard is the same."""
    rec = Recorder()
    mixer = rec.mixer()
    mixer.add(job(1, 5, ramp(1000, 10), Priority.LOW))
    mixer.add(job(2, 40, ramp(2000, 10), Priority.LOW))
    mixer.add(job(3, 45, ramp(3000, 8), Priority.HIGH))  # cuts 2 halfway
    mixer.add(job(4, 50, ramp(4000, 3), Priority.LOW))  # due while 3 plays: dropped
    heard: list[int] = []
    while not mixer.idle:
        out = mixer.fill(room, frame_time(len(heard)))
        assert len(out) % SAMPLE_WIDTH == 0
        assert len(out) <= room * SAMPLE_WIDTH
        heard += values(out) + [0] * (room - len(out) // SAMPLE_WIDTH)
    expected = [0] * 5 + list(range(1000, 1010)) + [0] * 25
    expected += list(range(2000, 2005)) + list(range(3000, 3008))
    assert heard[: len(expected)] == expected
    assert not any(heard[len(expected) :])
    assert rec.events == [
        ("started", 1, at_frame(5)),
        ("ended", 1, at_frame(15), True),
        ("started", 2, at_frame(40)),
        ("ended", 2, at_frame(45), False),
        ("started", 3, at_frame(45)),
        ("dropped", 4),
        ("ended", 3, at_frame(53), True),
    ]


def test_next_due_idle_and_playing_follow_the_queue() -> None:
    rec = Recorder()
    mixer = rec.mixer()
    assert mixer.next_due() is None
    assert state(mixer) == (True, False)
    mixer.add(job(2, 30, ramp(2000, 5)))
    mixer.add(job(1, 0, ramp(1000, 5)))  # added later, due earlier
    assert mixer.next_due() == pytest.approx(frame_time(0), abs=1e-9)
    assert state(mixer) == (False, False)
    mixer.fill(3, T0)
    assert state(mixer) == (False, True)
    assert mixer.next_due() == pytest.approx(frame_time(30), abs=1e-9)
    mixer.fill(3, frame_time(3))  # the first ends; the second is not due in this room
    assert state(mixer) == (False, False)
    assert mixer.next_due() == pytest.approx(frame_time(30), abs=1e-9)
    mixer.fill(64, frame_time(6))
    assert state(mixer) == (True, False)
    assert mixer.next_due() is None
    kinds = [e[:2] for e in rec.events]
    assert kinds == [("started", 1), ("ended", 1), ("started", 2), ("ended", 2)]


def test_a_job_is_done_once_all_its_bytes_are_written() -> None:
    pcm = ramp(0, 4)
    job_ = Job(T0, 1, Priority.LOW, pcm)
    positions = (0, len(pcm) - SAMPLE_WIDTH, len(pcm))
    assert [is_done(job_, pos) for pos in positions] == [False, False, True]
    assert Job(T0, 1, Priority.LOW, b"").done


def test_jobs_queue_by_time_then_importance_then_token() -> None:
    late = Job(T0 + 1, 1, Priority.BEAT, b"")
    early = Job(T0, 9, Priority.LOW, ramp(0, 3))
    tie = Job(T0, 2, Priority.HIGH, b"")
    same = Job(T0, 3, Priority.HIGH, b"")
    ordered = sorted([late, same, early, tie], key=lambda queued: queued.turn)
    assert ordered == [tie, same, early, late]
