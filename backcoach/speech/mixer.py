"""Which samples to write next: cues on their moment, one voice at a time, for any sound output.

Qt-free and thread-free; a player owns one on its audio thread, asks it for the next
samples with the time the next written frame will be heard, and hears back through
three callbacks which cue started, ended or was dropped.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from backcoach.speech.wavfile import SAMPLE_RATE, SAMPLE_WIDTH

MAX_LATE_S = 0.3  # a cue this late (a frozen machine, say) is dropped: off the beat is wrong


@dataclass
class Job:
    at: float  # time.monotonic() when its first sample should be heard
    token: int
    priority: int
    pcm: bytes = field(repr=False)
    pos: int = 0  # bytes already written

    @property
    def turn(self) -> tuple[float, int, int]:
        """Its place in the queue: by moment; of two due together the more important
        first (the other is then dropped, not started and cut with nothing heard);
        then in the order handed over."""
        return self.at, -self.priority, self.token

    @property
    def done(self) -> bool:
        return self.pos >= len(self.pcm)


class Mixer:
    """The queue of cues to play and the one playing."""

    def __init__(
        self,
        started: Callable[[int, float], None],
        ended: Callable[[int, float, bool], None],
        dropped: Callable[[int], None],
    ) -> None:
        self._started, self._ended, self._dropped = started, ended, dropped
        self._waiting: list[Job] = []  # sorted by at
        self._current: Job | None = None

    def add(self, job: Job) -> None:
        bisect.insort(self._waiting, job, key=lambda waiting: waiting.turn)

    @property
    def idle(self) -> bool:
        return self._current is None and not self._waiting

    @property
    def playing(self) -> bool:
        return self._current is not None

    def next_due(self) -> float | None:
        """When the first waiting cue should be heard; None when none waits."""
        return self._waiting[0].at if self._waiting else None

    def stop(self, now: float) -> None:
        """Drops every waiting cue and cuts the playing one, as of ``now``."""
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            self._dropped(job.token)
        if self._current is not None:
            self._ended(self._current.token, now, False)
            self._current = None

    def fill(self, room: int, cursor: float) -> bytes:
        """At most ``room`` frames to write now, the first of which is heard at ``cursor``.

        Empty when nothing is to be written yet: silence is written only right before a
        cue, never ahead of one due later (it would only add delay).
        """
        out = bytearray()
        while room > 0:
            step = self._next_piece(room, cursor)
            if step is None:
                break
            piece, cursor = step
            out += piece
            room -= len(piece) // SAMPLE_WIDTH
        return bytes(out)

    def _next_piece(self, room: int, cursor: float) -> tuple[bytes, float] | None:
        """The next samples to write (at most ``room`` frames) and the cursor after them;
        None when nothing is to be written before the next fill."""
        upcoming = self._waiting[0] if self._waiting else None
        current = self._current
        if current is None:
            if upcoming is None:
                return None
            gap = round((upcoming.at - cursor) * SAMPLE_RATE)
            if gap >= room:
                return None  # it starts after this window; writing silence only adds delay
            self._waiting.pop(0)
            if cursor - upcoming.at > MAX_LATE_S:
                self._dropped(upcoming.token)
                return b"", cursor
            silence = max(0, gap)  # sample-exact start when it is still ahead
            cursor += silence / SAMPLE_RATE
            self._current = upcoming
            self._started(upcoming.token, cursor)
            return bytes(silence * SAMPLE_WIDTH), cursor
        frames = min(room, (len(current.pcm) - current.pos) // SAMPLE_WIDTH)
        if upcoming is not None:
            until = max(0, round((upcoming.at - cursor) * SAMPLE_RATE))
            if until < frames:
                # The next cue is due inside this piece: write up to its moment, then the
                # more important of the two goes on (the playing one on a tie), unless
                # it is already too late to be said at all.
                piece = self._take(current, until)
                cursor += until / SAMPLE_RATE
                self._waiting.pop(0)
                late = cursor - upcoming.at > MAX_LATE_S
                if upcoming.priority > current.priority and not late:
                    self._ended(current.token, cursor, False)
                    self._current = upcoming
                    self._started(upcoming.token, cursor)
                else:
                    self._dropped(upcoming.token)
                return piece, cursor
        piece = self._take(current, frames)
        cursor += frames / SAMPLE_RATE
        if current.done:
            self._ended(current.token, cursor, True)
            self._current = None
        return piece, cursor

    @staticmethod
    def _take(job: Job, frames: int) -> bytes:
        piece = job.pcm[job.pos : job.pos + frames * SAMPLE_WIDTH]
        job.pos += len(piece)
        return piece
