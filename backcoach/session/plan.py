"""Compiles a routine into a timeline: every step of the session with its start and length."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType

from backcoach.model import Breath, Dose, Exercise, Position, Routine, RoutineItem, Sides
from backcoach.session.phrasebook import Phrasebook, Side
from backcoach.session.phrasebooks import phrasebook_for
from backcoach.session.phrases import EnglishPhrases

# Verbosity lives in its own module (settings and the command line need it without the
# planner); imported from here as before.
from backcoach.session.verbosity import Verbosity
from backcoach.session.words import DEFAULT_RATE_WPM, PAUSE_S, speech_seconds

COUNTDOWN_S = 3.0  # "three, two, one" before a step ends
SPOKEN_GET_READY_MIN_S = 5.0  # a shorter get-ready time is not announced
SHORT_REST_S = 1.0  # a rest between exercises shorter than this is not given a length

__all__ = ["Side", "Verbosity"]  # re-exported: sides and verbosity belong to the plan too


class StepKind(StrEnum):
    PREPARE = "prepare"  # name the exercise, get into the starting position
    MOVE = "move"  # a timed phase of a repetition: lift, lower ...
    HOLD = "hold"  # the hold phase, counted down
    SWITCH = "switch"  # change to the other side
    REST = "rest"  # between sets
    TRANSITION = "transition"  # between exercises, with "next up"
    ACTIVITY = "activity"  # a timed activity such as walking
    DONE = "done"


@dataclass(frozen=True)
class PlanOptions:
    """Timing choices of the planner; the defaults are what built-in sessions use."""

    prepare_same_position_s: float = 8.0
    prepare_new_position_s: float = 12.0
    prepare_floor_change_s: float = 20.0  # getting down to or up from the floor
    switch_s: float = 6.0
    switch_turn_over_s: float = 10.0  # side-lying and face-down moves need a roll
    min_rest_s: float = 5.0
    verbosity: Verbosity = Verbosity.FIRST_TIME
    language: str = "en"  # of the spoken cues; the content must be loaded in it too
    # The least time from the start to the first move (the setting of the same name): the
    # first prepare step absorbs it, so getting down and hearing the intro overlap. 0: a
    # plan of the exercises alone, as the routine list times them.
    get_ready_s: float = 0.0
    rate_wpm: int = DEFAULT_RATE_WPM  # the voice's speed: the estimate scales with it
    # Rendered length of each text (after rendering): these replace the estimate, so the
    # plan makes room for what the voice really needs. Not part of the options' identity.
    measured: Mapping[str, float] = field(
        default_factory=lambda: MappingProxyType({}), compare=False
    )

    @property
    def phrases(self) -> Phrasebook:
        return phrasebook_for(self.language)

    @property
    def words_per_second(self) -> float:
        """The estimate's speed at this rate, in the cues' language."""
        return self.phrases.words_per_second * self.rate_wpm / DEFAULT_RATE_WPM

    def speech_seconds(self, text: str) -> float:
        """How long ``text`` takes to say: measured when rendered, else estimated."""
        found = self.measured.get(text)
        return found if found is not None else speech_seconds(text, self.words_per_second)


@dataclass(frozen=True)
class Step:
    index: int
    kind: StepKind
    start: float
    duration: float
    item: int  # index of the routine item; -1 for the done step
    exercise_id: str = ""
    set_no: int = 0  # 1-based, 0 when not inside a set
    sets: int = 0
    rep_no: int = 0
    reps: int = 0
    side: Side | None = None
    phase: int = -1  # index into the exercise's phases for MOVE and HOLD
    breath: Breath = Breath.NATURAL
    text: str = ""  # the phase action with its side filled in
    detail: str = ""
    guided: bool = False  # the first rep: slowed so its full instruction can be said
    get_ready: bool = False  # the first prepare step, opened by the get-ready announcement

    @property
    def end(self) -> float:
        return self.start + self.duration


@dataclass(frozen=True)
class PlannedItem:
    """A routine item resolved against its exercise: the dose actually used."""

    index: int
    exercise: Exercise
    dose: Dose
    note: str
    first_step: int
    full: bool  # full instructions (setup, details) rather than the brief reminder
    new_position: bool
    tempo: float = 1.0  # the routine's factor on the move phases' seconds


@dataclass(frozen=True)
class Timeline:
    routine: Routine
    items: tuple[PlannedItem, ...]
    steps: tuple[Step, ...]
    phrases: Phrasebook = field(default_factory=EnglishPhrases)
    options: PlanOptions = field(default_factory=PlanOptions)  # what it was planned with

    def speech_seconds(self, text: str) -> float:
        return self.options.speech_seconds(text)

    @property
    def total_s(self) -> float:
        return self.steps[-1].end if self.steps else 0.0

    def step_at(self, t: float) -> Step:
        """The step running at t seconds from the start (the done step after the end)."""
        low, high = 0, len(self.steps) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.steps[middle].start <= t:
                low = middle
            else:
                high = middle - 1
        return self.steps[low]


def prepare_seconds(previous: Position | None, current: Position, options: PlanOptions) -> float:
    if previous is None or previous.on_floor != current.on_floor:
        return options.prepare_floor_change_s
    if previous is current:
        return options.prepare_same_position_s
    return options.prepare_new_position_s


def lines_seconds(lines: list[str], length_of: Callable[[str], float]) -> float:
    """Time to say ``lines`` one after another, with the pause between them."""
    return sum(length_of(line) + PAUSE_S for line in lines)


def intro_seconds(lines: list[str], length_of: Callable[[str], float]) -> float:
    """Time to say the intro lines one after another, then count three, two, one."""
    return lines_seconds(lines, length_of) + COUNTDOWN_S + 0.5


def with_countdown(lines: list[str], length_of: Callable[[str], float]) -> float:
    """A step that opens with ``lines`` and ends with a three-two-one needs this long."""
    return lines_seconds(lines, length_of) + COUNTDOWN_S


def wants_full(options: PlanOptions, seen_before: bool) -> bool:
    if options.verbosity is Verbosity.ALWAYS_FULL:
        return True
    return options.verbosity is Verbosity.FIRST_TIME and not seen_before


def plan_routine(
    routine: Routine, exercises: Mapping[str, Exercise], options: PlanOptions | None = None
) -> Timeline:
    """Every exercise id of the routine must be in ``exercises`` (the loader guarantees it)."""
    options = options or PlanOptions()
    builder = _Builder(options, routine.title)
    items = []
    previous: Position | None = None
    seen: set[str] = set()
    for index, item in enumerate(routine.items):
        exercise = exercises[item.exercise_id]
        dose = item.override.apply(exercise.dose)
        # A rest item of the routine stands in for the usual rest before this exercise.
        rest_item = routine.rest_before(index)
        rest_s = routine.rest_between_s if rest_item is None else rest_item
        if index > 0 and rest_s > 0:
            builder.add_transition(rest_s, index, exercise)
        planned = PlannedItem(
            index,
            exercise,
            dose,
            item.note,
            first_step=len(builder.steps),
            full=wants_full(options, exercise.id in seen),
            new_position=previous is not exercise.position,
            tempo=item.override.move_factor,
        )
        items.append(planned)
        builder.add_exercise(planned, previous)
        previous = exercise.position
        seen.add(exercise.id)
    builder.add(StepKind.DONE, 0.0, -1)
    return Timeline(routine, tuple(items), tuple(builder.steps), builder.phrases, options)


def replan(timeline: Timeline, **changes: object) -> Timeline:
    """The same routine planned again with some options changed: the get-ready time, or
    the measured length of each text once the voice has rendered them."""
    exercises = {item.exercise.id: item.exercise for item in timeline.items}
    options = replace(timeline.options, **changes)  # type: ignore[arg-type]
    return plan_routine(timeline.routine, exercises, options)


def transition_lines(
    phrases: Phrasebook, asked_s: float, seconds: float, next_name: str
) -> list[str]:
    """What a rest between exercises says: its length (``seconds``, as lengthened to fit
    these lines) only when the routine asked for one worth saying (``asked_s``)."""
    if asked_s < SHORT_REST_S:
        return phrases.short_transition_lines(next_name)
    return phrases.transition_lines(seconds, next_name)


def get_ready_lines(timeline: Timeline) -> list[str]:
    """The get-ready announcement the first prepare step opens with (none when short)."""
    first = timeline.steps[0] if timeline.items else None
    if first is None or first.kind is not StepKind.PREPARE or not first.get_ready:
        return []
    return [timeline.phrases.get_ready_line(timeline.routine.title, first.duration)]


def single_exercise_routine(exercise: Exercise) -> Routine:
    """A quick session of one exercise at its default dose."""
    return Routine(
        id=f"exercise-{exercise.id}",
        title=exercise.name,
        description=exercise.purpose,
        items=(RoutineItem(exercise.id),),
        sources=exercise.source_files,
        rest_between_s=0.0,
        origin=exercise.origin,
    )


class _Builder:
    def __init__(self, options: PlanOptions, title: str) -> None:
        self.options = options
        self.title = title
        self.phrases = options.phrases
        self.length = options.speech_seconds
        self.steps: list[Step] = []
        self.clock = 0.0

    def add(
        self, kind: StepKind, duration: float, item: int, exercise_id: str = "", **fields: object
    ) -> None:
        # To the millisecond, so a step's end is the next one's start and a countdown
        # cue (rounded to the millisecond in the script) lands exactly on its second.
        duration = round(duration, 3)
        step = Step(
            index=len(self.steps),
            kind=kind,
            start=self.clock,
            duration=duration,
            item=item,
            exercise_id=exercise_id,
            **fields,  # type: ignore[arg-type]
        )
        self.steps.append(step)
        # Starts are sums of exact step lengths: the plan itself never drifts.
        self.clock = round(self.clock + duration, 6)

    def fitted(self, at_least: float, needs: Callable[[float], float]) -> float:
        """``at_least``, lengthened to whole seconds until what is said in it fits; the
        words may depend on the length itself ("Rest for seven seconds")."""
        seconds = at_least
        for _ in range(4):  # a longer number is a word or two more: settles at once
            needed = needs(seconds)
            if needed <= seconds:
                return seconds
            seconds = float(math.ceil(needed))
        return seconds

    def add_transition(self, rest_s: float, item: int, exercise: Exercise) -> None:
        # The intro of the next exercise follows at once: "Next up" must be over by then.
        seconds = self.fitted(
            rest_s,
            lambda s: lines_seconds(
                transition_lines(self.phrases, rest_s, s, exercise.name), self.length
            ),
        )
        self.add(StepKind.TRANSITION, seconds, item, exercise.id)

    def prepare_length(self, planned: PlannedItem, previous: Position | None) -> tuple[float, bool]:
        """How long the prepare step lasts, and whether it opens with the get-ready line."""
        options, exercise = self.options, planned.exercise
        lines = self.phrases.intro_lines(
            exercise, planned.dose, full=planned.full, new_position=planned.new_position
        )
        # Long enough to get into position and to hear the instructions in full.
        prepare = max(
            prepare_seconds(previous, exercise.position, options),
            intro_seconds(lines, self.length),
        )
        if self.steps:
            return float(math.ceil(prepare)), False
        # The first one is also the get-ready time: the intro is said while getting down.
        prepare = float(math.ceil(max(prepare, options.get_ready_s)))
        if options.get_ready_s < SPOKEN_GET_READY_MIN_S:
            return prepare, False
        return self.fitted(
            prepare,
            lambda s: intro_seconds(
                [self.phrases.get_ready_line(self.title, s), *lines], self.length
            ),
        ), True

    def add_exercise(self, planned: PlannedItem, previous: Position | None) -> None:
        options = self.options
        item, exercise, dose = planned.index, planned.exercise, planned.dose
        prepare, get_ready = self.prepare_length(planned, previous)
        self.add(
            StepKind.PREPARE,
            prepare,
            item,
            exercise.id,
            sets=dose.sets,
            reps=dose.reps,
            get_ready=get_ready,
        )
        if dose.duration_s is not None:
            self.add(StepKind.ACTIVITY, dose.duration_s, item, exercise.id, sets=1, set_no=1)
            return
        turn_over = exercise.position in (Position.SIDE_LYING, Position.PRONE)
        switch_s = options.switch_turn_over_s if turn_over else options.switch_s
        for set_no in range(1, dose.sets + 1):
            if set_no > 1:
                self.add_rest(planned, set_no, turn_over)
            for side, rep_no in _rep_order(dose):
                if dose.sides is Sides.EACH and side is Side.RIGHT and rep_no == 1:
                    line = self.phrases.switch_line(side, turn_over=turn_over)
                    needed = with_countdown([line], self.length)
                    self.add(
                        StepKind.SWITCH,
                        switch_s if needed <= switch_s else float(math.ceil(needed)),
                        item,
                        exercise.id,
                        set_no=set_no,
                        sets=dose.sets,
                        side=side,
                    )
                self._add_rep(planned, set_no=set_no, rep_no=rep_no, side=side)

    def add_rest(self, planned: PlannedItem, set_no: int, turn_over: bool) -> None:
        dose = planned.dose

        def needs(seconds: float) -> float:
            lines = self.phrases.rest_line(
                seconds,
                set_no,
                dose.sets,
                first_side=Side.LEFT if dose.sides is Sides.EACH else None,
                turn_over=turn_over,
            )
            return with_countdown(lines, self.length)

        self.add(
            StepKind.REST,
            self.fitted(max(dose.rest_s, self.options.min_rest_s), needs),
            planned.index,
            planned.exercise.id,
            set_no=set_no,
            sets=dose.sets,
        )

    def _guided_seconds(self, said: str, seconds: float) -> float:
        """A phase of the guided rep lasts long enough to say its instruction."""
        spoken = self.length(said) + PAUSE_S
        return max(seconds, math.ceil(spoken * 2) / 2)

    def _add_rep(
        self, planned: PlannedItem, *, set_no: int, rep_no: int, side: Side | None
    ) -> None:
        item, exercise, dose = planned.index, planned.exercise, planned.dose
        guided = set_no == 1 and rep_no == 1
        for phase_index, phase in enumerate(exercise.phases):
            text = self.phrases.fill_sides(phase.action, side)
            if phase.hold:
                seconds = dose.hold_s or 0.0
                if guided and seconds > 0:
                    # "Stay there and keep breathing" before the hold's countdown or end.
                    seconds = self._guided_seconds(self.phrases.hold_start(text), seconds)
            else:
                seconds = (phase.seconds or 0.0) * planned.tempo
                if guided:
                    # Time to say "Breathe out, lift your hips" before the next phase.
                    said = self.phrases.with_breath(phase.breath, text)
                    seconds = self._guided_seconds(said, seconds)
            self.add(
                StepKind.HOLD if phase.hold else StepKind.MOVE,
                seconds,
                item,
                exercise.id,
                set_no=set_no,
                sets=dose.sets,
                rep_no=rep_no,
                reps=dose.reps,
                side=side,
                phase=phase_index,
                breath=phase.breath,
                text=text,
                detail=self.phrases.fill_sides(phase.detail, side),
                guided=guided,
            )


def _rep_order(dose: Dose) -> Iterator[tuple[Side | None, int]]:
    """(side, rep number) pairs of one set, in the order they are done."""
    if dose.sides is Sides.NONE:
        for rep in range(1, dose.reps + 1):
            yield None, rep
    elif dose.sides is Sides.EACH:
        for side in (Side.LEFT, Side.RIGHT):
            for rep in range(1, dose.reps + 1):
                yield side, rep
    else:
        for rep in range(1, dose.reps + 1):
            yield Side.LEFT, rep
            yield Side.RIGHT, rep
