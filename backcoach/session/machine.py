"""The session as a state machine, driven by an injected monotonic clock through tick(now).

Time is kept as deadlines: step i runs on the wall clock from ``origin + step.start`` to
``origin + step.end``. Only pause, skip, back, repeat and extending a rest move
``origin``, so an uninterrupted session ends exactly ``timeline.total_s`` after it
started, however late or irregular the ticks are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from backcoach.session.cues import Cue
from backcoach.session.plan import Step, StepKind, Timeline
from backcoach.session.tally import WORK_KINDS, ItemTally, Outcome, StepLog, tally

BACK_GRACE_S = 3.0  # "back" within this long of a block's start goes to the block before


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached the end
    STOPPED = "stopped"  # ended early by the user


@dataclass(frozen=True)
class StepStarted:
    step: Step
    due: float  # the wall-clock moment it was due, on the injected clock


@dataclass(frozen=True)
class CueDue:
    cue: Cue
    due: float


@dataclass(frozen=True)
class SessionEnded:
    summary: SessionSummary


Event = StepStarted | CueDue | SessionEnded


@dataclass(frozen=True)
class SessionSummary:
    routine_id: str
    completed_items: tuple[int, ...]  # routine items whose every work step was done
    skipped_items: tuple[int, ...]  # items with at least one work step skipped and never done
    active_s: float  # wall time spent running, pauses excluded
    planned_s: float
    finished: bool  # reached the end (as opposed to stopped early)
    items: tuple[ItemTally, ...] = ()  # every item, planned against done, in routine order

    @property
    def complete(self) -> bool:
        """The end was reached with every exercise done in full: nothing skipped or cut."""
        return self.finished and all(item.outcome is Outcome.COMPLETED for item in self.items)


class SessionMachine:
    def __init__(self, timeline: Timeline, cues: Sequence[Cue]) -> None:
        if not timeline.steps:
            raise ValueError("a timeline has at least its done step")
        self.timeline = timeline
        self.cues = tuple(sorted(cues, key=lambda cue: (cue.step, cue.at)))
        self.state = State.READY
        self._index = 0
        self._origin = 0.0
        self._extension = 0.0  # seconds added to the current rest
        self._paused_at = 0.0
        self._started_at = 0.0
        self._paused_total = 0.0
        self._next_cue = 0
        self._step_announced = False
        self._log = StepLog()
        self._events: list[Event] = []

    # -- queries ------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.timeline.steps[self._index]

    @property
    def total_s(self) -> float:
        return self.timeline.total_s

    def step_end(self) -> float:
        """Wall-clock deadline of the current step."""
        return self._origin + self._planned_end(self._index) + self._extension

    def step_remaining(self, now: float) -> float:
        if self.state is State.READY:
            return self.step.duration
        if self.state not in (State.RUNNING, State.PAUSED):
            return 0.0
        return max(0.0, self.step_end() - self._now(now))

    def position(self, now: float) -> float:
        """Seconds into the planned session (moves back after back or repeat)."""
        if self.state is State.READY:
            return 0.0
        if self.state is State.FINISHED:
            return self.total_s
        into = min(max(0.0, self._now(now) - self._origin - self.step.start), self.step.duration)
        return self.step.start + into

    def next_deadline(self) -> float | None:
        """The wall-clock moment of the next step start or cue, for a timer to aim at."""
        if self.state is not State.RUNNING:
            return None
        if not self._step_announced:
            return self._origin + self.step.start
        deadline = self.step_end()
        if self._next_cue < len(self.cues) and self.cues[self._next_cue].step == self._index:
            deadline = min(deadline, self._cue_time(self.cues[self._next_cue]))
        return deadline

    def progress(self, now: float) -> float:
        return self.position(now) / self.total_s if self.total_s else 1.0

    def elapsed(self, now: float) -> float:
        """Wall time spent running, pauses excluded."""
        if self.state is State.READY:
            return 0.0
        return self._now(now) - self._started_at - self._paused_total

    # -- commands (each is a harmless no-op when it does not apply) ---------------------

    def start(self, now: float) -> None:
        if self.state is not State.READY:
            return
        self.state = State.RUNNING
        self._origin = self._started_at = now
        self._step_announced = False

    def pause(self, now: float) -> None:
        if self.state is State.RUNNING:
            self.state = State.PAUSED
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self.state is State.PAUSED:
            shift = now - self._paused_at
            self._origin += shift
            self._paused_total += shift
            self.state = State.RUNNING

    def skip(self, now: float) -> None:
        """To the start of the next block: a set, a rest, a switch, the next exercise."""
        if not self._active():
            return
        target = self._next_block(self._index)
        if target is not None:
            self._mark_skipped(self._index, target)
            self._jump(target, now)

    def skip_exercise(self, now: float) -> None:
        """Past the rest of this exercise to the next one's start (or the end): pain that
        is sharp or spreads down a leg means stop that movement, not the session."""
        if not self._active():
            return
        item = self.step.item
        # The first step of another item: the rest announcing the next exercise, or the end.
        target = next(
            (s.index for s in self.timeline.steps[self._index + 1 :] if s.item != item), None
        )
        if item >= 0 and target is not None:
            self._mark_skipped(self._index, target)
            self._jump(target, now)

    def back(self, now: float) -> None:
        if not self._active():
            return
        current = self._block_start(self._index)
        into_block = self._now(now) - (self._origin + self.timeline.steps[current].start)
        target = current
        if into_block < BACK_GRACE_S and current > 0:
            target = self._block_start(current - 1)
        self._jump(target, now)

    def repeat(self, now: float) -> None:
        """Again from the start of the current block (a set, or one side of it: with sides
        taken in turn, this side's turn), or of the block just done when resting or
        switching; while getting ready, the instructions again."""
        if self._active():
            self._jump(self._repeat_target(self._index), now)

    def extend_rest(self, seconds: float, now: float) -> None:
        """Pushes the end of the current rest (and its countdown) back; ``now`` is unused
        but kept so every command has the same shape."""
        resting = self.step.kind in (StepKind.REST, StepKind.TRANSITION)
        if self._active() and seconds > 0 and resting:
            self._extension += seconds

    def stop(self, now: float) -> None:
        if self.state not in (State.RUNNING, State.PAUSED):
            return
        if self.state is State.RUNNING:
            self._paused_at = now
        self._log_partial(self._log, now)
        self.state = State.STOPPED
        self._events.append(SessionEnded(self.summary()))

    def tick(self, now: float) -> list[Event]:
        """Everything due by ``now``, in order: step starts and cues, each with its due time."""
        events, self._events = self._events, []
        if self.state is not State.RUNNING:
            return events
        last = len(self.timeline.steps) - 1
        while True:
            if not self._step_announced:
                self._step_announced = True
                events.append(StepStarted(self.step, self._origin + self.step.start))
            events.extend(self._due_cues(now))
            if self._index == last:
                self.state = State.FINISHED
                self._paused_at = self._origin + self.step.start
                events.append(SessionEnded(self.summary()))
                return events
            if now < self.step_end():
                return events
            self._advance()

    def summary(self, now: float | None = None) -> SessionSummary:
        """What was done so far; ``now`` is needed only while the session runs."""
        running = self.state is State.RUNNING
        log = self._log
        if self._active() and not (running and now is None):
            log = log.copy()  # the step under way counts as far as it has run
            self._log_partial(log, now or 0.0)
        steps = self.timeline.steps
        completed, missed = [], []
        for item in self.timeline.items:
            work = [s for s in steps if s.item == item.index and s.kind in WORK_KINDS]
            if work and all(log.done(s) for s in work):
                completed.append(item.index)
            elif any(s.index in log.skipped and not log.done(s) for s in work):
                missed.append(item.index)
        active = 0.0 if running and now is None else self.elapsed(now or 0.0)
        return SessionSummary(
            routine_id=self.timeline.routine.id,
            completed_items=tuple(completed),
            skipped_items=tuple(missed),
            active_s=max(0.0, active),
            planned_s=self.total_s,
            finished=self.state is State.FINISHED,
            items=tally(self.timeline, log),
        )

    # -- internals ----------------------------------------------------------------------

    def _active(self) -> bool:
        return self.state in (State.RUNNING, State.PAUSED)

    def _now(self, now: float) -> float:
        """``now``, or the moment the clock stopped for this session (pause, stop, end)."""
        return now if self.state is State.RUNNING else self._paused_at

    def _planned_end(self, index: int) -> float:
        # The next step's start, not start + duration: the two may differ in the last
        # bit, and a tick exactly at the boundary must find the next step running.
        steps = self.timeline.steps
        return steps[index + 1].start if index + 1 < len(steps) else steps[index].end

    def _cue_time(self, cue: Cue) -> float:
        return self._origin + cue.at + (self._extension if cue.from_end else 0.0)

    def _log_partial(self, log: StepLog, now: float) -> None:
        """The current step, as far as it has run by ``now`` (frozen while paused)."""
        if self._step_announced:
            log.ran_through(self.step, self._now(now) - self._origin - self.step.start)

    def _advance(self) -> None:
        self._log.ran_through(self.step, self.step.duration)
        self._origin += self._extension  # the extended rest pushed everything after it
        self._extension = 0.0
        self._index += 1
        self._step_announced = False

    def _due_cues(self, now: float) -> list[Event]:
        due: list[Event] = []
        while self._next_cue < len(self.cues):
            cue = self.cues[self._next_cue]
            if cue.step < self._index:
                self._next_cue += 1
                continue
            if cue.step > self._index:
                break
            at = self._cue_time(cue)
            if at > now:
                break
            due.append(CueDue(cue, at))
            self._next_cue += 1
        return due

    def _jump(self, target: int, now: float) -> None:
        reference = self._now(now)
        self._log_partial(self._log, now)
        self._index = target
        self._extension = 0.0
        self._origin = reference - self.timeline.steps[target].start
        self._step_announced = False
        self._next_cue = next(
            (i for i, cue in enumerate(self.cues) if cue.step >= target), len(self.cues)
        )
        if self.state is State.PAUSED:
            # Stay paused at the very start of the new step.
            self._paused_at = reference

    def _mark_skipped(self, start: int, end: int) -> None:
        self._log.skipped_over(range(start, end))

    def _is_block_start(self, index: int) -> bool:
        """A block is a set on one side: sides taken in turn make each turn a block."""
        step = self.timeline.steps[index]
        if step.kind not in (StepKind.MOVE, StepKind.HOLD):
            return True
        previous = self.timeline.steps[index - 1] if index > 0 else None
        if previous is None or previous.kind not in (StepKind.MOVE, StepKind.HOLD):
            return True
        return previous.side is not step.side

    def _block_start(self, index: int) -> int:
        while index > 0 and not self._is_block_start(index):
            index -= 1
        return index

    def _repeat_target(self, index: int) -> int:
        steps = self.timeline.steps
        if steps[index].kind is StepKind.PREPARE:
            return index
        done = index
        while done > 0 and steps[done].kind not in WORK_KINDS:
            done -= 1  # from a rest, a switch or a transition back to the work just done
        return self._block_start(done) if steps[done].kind in WORK_KINDS else index

    def _next_block(self, index: int) -> int | None:
        for candidate in range(index + 1, len(self.timeline.steps)):
            if self._is_block_start(candidate):
                return candidate
        return None
