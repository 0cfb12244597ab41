"""What is said and when: the whole session's cues, as data, from its timeline."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum

from backcoach.model import Position, Sides
from backcoach.session.overlap import resolve_overlaps
from backcoach.session.phrasebook import Phrasebook
from backcoach.session.plan import (
    COUNTDOWN_S,
    PlannedItem,
    Side,
    Step,
    StepKind,
    Timeline,
    get_ready_lines,
    intro_seconds,
    transition_lines,
)
from backcoach.session.words import PAUSE_S, WORDS_PER_SECOND, capitalise, speech_seconds

Length = Callable[[str], float]  # seconds to say a text: measured, or estimated at the rate

HALFWAY_MIN_S = 20.0  # a hold this long gets a "halfway"
REST_HALFWAY_MIN_S = 45.0  # rests are announced with their length; only long ones need more
COUNTDOWN_MIN_S = 5.0  # a step this long is counted out: three, two, one
TIP_MIN_S = 15.0  # a hold this long gets a coaching tip


class CueKind(StrEnum):
    GET_READY = "get-ready"  # opens the session: how long until the first move
    INTRO = "intro"
    SETUP = "setup"
    ACTION = "action"  # a phase's action with its breath (the guided rep), starting an activity
    BREATH = "breath"  # a later rep's phase: only its breath ("Breathe in.")
    DETAIL = "detail"
    COUNT = "count"  # the rep number, with the breath
    HOLD = "hold"
    COUNTDOWN = "countdown"
    HALFWAY = "halfway"
    SWITCH = "switch"
    REST = "rest"
    NEXT_UP = "next-up"
    ENCOURAGE = "encourage"
    TIME = "time"  # progress of a timed activity
    DONE = "done"


# What a user needs to follow the session: never dropped, the plan makes room for it
# (the name and dose, the setup, each guided movement, holds, sides, rests, the end).
# Everything else is optional and gives way to a needed cue that it would overlap.
NEEDED_KINDS = frozenset(
    {
        CueKind.GET_READY,
        CueKind.INTRO,
        CueKind.SETUP,
        CueKind.ACTION,
        CueKind.HOLD,
        CueKind.SWITCH,
        CueKind.REST,
        CueKind.NEXT_UP,
        CueKind.DONE,
    }
)
OPTIONAL_KINDS = frozenset(CueKind) - NEEDED_KINDS  # counts, countdowns, reminders, tips


class Priority(IntEnum):
    """Which cue wins when two would overlap: the higher one; never is a cue delayed."""

    LOW = 0  # tips, encouragement
    NORMAL = 1  # setup, details, next up, halfway
    HIGH = 2  # intro, actions, switch, rest, done
    BEAT = 3  # counts and countdowns: they must land on the second


@dataclass(frozen=True)
class Cue:
    at: float  # seconds from the start of the session
    kind: CueKind
    text: str
    priority: Priority
    step: int
    from_end: bool = False  # anchored to its step's end: moves when a rest is extended
    words_per_second: float = WORDS_PER_SECOND  # of the cue's language, for the estimate

    @property
    def estimated_s(self) -> float:
        return speech_seconds(self.text, self.words_per_second)

    @property
    def needed(self) -> bool:
        return self.kind in NEEDED_KINDS


def build_cues(timeline: Timeline) -> list[Cue]:
    """Every cue of the session in time order, collisions already resolved with the
    lengths the timeline was planned with (measured if it was, else estimated)."""
    return resolve_overlaps(planned_cues(timeline), lambda cue: timeline.speech_seconds(cue.text))


def planned_cues(timeline: Timeline) -> list[Cue]:
    """Every cue of the session in time order, before any is dropped for overlapping:
    for a speaker that resolves overlaps with the measured length of each cue."""
    cues: list[Cue] = []
    p = timeline.phrases
    wps = timeline.options.words_per_second
    for step in timeline.steps:
        item = timeline.items[step.item] if step.item >= 0 else None
        cues.extend(
            cue if cue.words_per_second == wps else replace(cue, words_per_second=wps)
            for cue in _cues_for(p, timeline.speech_seconds, step, item, timeline)
        )
    cues.sort(key=lambda cue: (cue.at, -cue.priority))
    return cues


def _sequence(
    length: Length,
    step: Step,
    texts: list[str],
    kinds: list[CueKind],
    *,
    levels: list[Priority],
    offset: float = 0.0,
) -> Iterator[Cue]:
    """Lines said one after another from ``offset`` into the step, as many as start in it.

    A line that would start after the step has ended is left out: the machine says a
    step's cues only while that step runs.
    """
    at = step.start + offset
    for text, kind, level in zip(texts, kinds, levels, strict=True):
        if round(at, 3) >= step.end:
            return
        yield Cue(round(at, 3), kind, text, level, step.index)
        at += length(text) + PAUSE_S


def _countdown(p: Phrasebook, step: Step, busy_until: float = 0.0) -> Iterator[Cue]:
    """Three, two, one to the step's end, unless the step's own first words need that time."""
    if step.duration >= COUNTDOWN_MIN_S and busy_until <= step.end - 3:
        for seconds_left, word in zip((3, 2, 1), p.countdown, strict=True):
            yield Cue(
                round(step.end - seconds_left, 3),
                CueKind.COUNTDOWN,
                word,
                Priority.BEAT,
                step.index,
                from_end=True,
            )


def _cues_for(
    p: Phrasebook, length: Length, step: Step, item: PlannedItem | None, timeline: Timeline
) -> Iterator[Cue]:
    kind = step.kind
    if kind is StepKind.PREPARE and item is not None:
        yield from _prepare_cues(p, length, step, item, timeline)
    elif kind in (StepKind.MOVE, StepKind.HOLD) and item is not None:
        yield from _phase_cues(p, length, step, item)
    elif kind is StepKind.SWITCH:
        text = p.switch_line(step.side, turn_over=item is not None and _turns_over(item))
        yield Cue(step.start, CueKind.SWITCH, text, Priority.HIGH, step.index)
        yield from _countdown(p, step)
    elif kind is StepKind.REST:
        each = item is not None and item.dose.sides is Sides.EACH
        rest, upcoming = p.rest_line(
            step.duration,
            step.set_no,
            step.sets,
            first_side=Side.LEFT if each else None,
            turn_over=item is not None and _turns_over(item),
        )
        yield from _sequence(
            length,
            step,
            [rest, upcoming],
            [CueKind.REST, CueKind.NEXT_UP],
            levels=[Priority.HIGH, Priority.NORMAL],
        )
        yield from _halfway(p, step, REST_HALFWAY_MIN_S)
        yield from _countdown(p, step)
    elif kind is StepKind.TRANSITION and item is not None:
        lines = transition_lines(
            p, timeline.routine.rest_between_s, step.duration, item.exercise.name
        )
        yield from _sequence(
            length,
            step,
            lines,
            [CueKind.REST, CueKind.NEXT_UP],
            levels=[Priority.HIGH, Priority.NORMAL],
        )
        yield from _halfway(p, step, REST_HALFWAY_MIN_S)
    elif kind is StepKind.ACTIVITY and item is not None:
        yield from _activity_cues(p, step, item)
    elif kind is StepKind.DONE:
        text = p.done_line(len(timeline.items), timeline.total_s)
        yield Cue(step.start, CueKind.DONE, text, Priority.HIGH, step.index)


def _prepare_cues(
    p: Phrasebook, length: Length, step: Step, item: PlannedItem, timeline: Timeline
) -> Iterator[Cue]:
    """Name, dose and setup, then three-two-one; the first prepare step is also the
    get-ready time: it opens with the announcement and says the intro at its end, so the
    instructions are fresh when the user is down and the countdown begins."""
    lines = p.intro_lines(item.exercise, item.dose, full=item.full, new_position=item.new_position)
    kinds = [CueKind.INTRO] + [CueKind.SETUP] * (len(lines) - 1)
    levels = [Priority.HIGH] + [Priority.NORMAL] * (len(lines) - 1)
    offset = 0.0
    if step.get_ready:
        announcement = get_ready_lines(timeline)
        yield from _sequence(
            length, step, announcement, [CueKind.GET_READY], levels=[Priority.NORMAL]
        )
        said = sum(length(line) + PAUSE_S for line in announcement)
        offset = max(said, step.duration - intro_seconds(lines, length))
    yield from _sequence(length, step, lines, kinds, levels=levels, offset=offset)
    yield from _countdown(p, step)


def _turns_over(item: PlannedItem) -> bool:
    """Changing sides means rolling over (lying on a side or face down)."""
    return item.exercise.position in (Position.SIDE_LYING, Position.PRONE)


def _fitting(length: Length, step: Step, candidates: list[str]) -> str:
    """The first text short enough to be said before the step ends (the next step's cue
    starts then), else the shortest: a cue that runs over would silence the next one."""
    for text in candidates:
        if length(text) <= step.duration:
            return text
    return min(candidates, key=length)


def _halfway(p: Phrasebook, step: Step, minimum: float = HALFWAY_MIN_S) -> Iterator[Cue]:
    if step.duration >= minimum:
        yield Cue(
            round(step.start + step.duration / 2, 3),
            CueKind.HALFWAY,
            p.halfway,
            Priority.NORMAL,
            step.index,
        )


def _phase_cues(p: Phrasebook, length: Length, step: Step, item: PlannedItem) -> Iterator[Cue]:
    exercise = item.exercise
    phase = exercise.phases[step.phase]
    alternate = item.dose.sides is Sides.ALTERNATE
    if step.kind is StepKind.HOLD:
        text = _fitting(length, step, p.hold_lines(step.text, first=step.guided))
        yield Cue(step.start, CueKind.HOLD, text, Priority.HIGH, step.index)
        after_start = step.start + length(text) + PAUSE_S
        if step.guided and item.full and step.detail:
            yield from _if_room(
                length, step, after_start, CueKind.DETAIL, step.detail, level=Priority.NORMAL
            )
        elif step.duration >= TIP_MIN_S and exercise.tips:
            tip = exercise.tips[(step.rep_no - 1) % len(exercise.tips)]
            yield from _if_room(
                length, step, after_start + 1.0, CueKind.ENCOURAGE, tip, level=Priority.LOW
            )
        yield from _halfway(p, step)
        yield from _countdown(p, step, busy_until=after_start)
        return
    if step.guided:
        yield Cue(
            step.start,
            CueKind.ACTION,
            p.with_breath(phase.breath, step.text),
            Priority.HIGH,
            step.index,
        )
        return
    # Later reps: the count and the breath only, short enough for a two-second phase.
    said = p.breath_word(phase.breath) or capitalise(step.text)
    if step.phase != 0:
        yield Cue(step.start, CueKind.BREATH, f"{said}.", Priority.HIGH, step.index)
        return
    labels = _rep_labels(p, step, item, alternate)
    says = [f"{said}."]
    if step.reps == 1:
        # A set of one (a long hold done in sets): say what to do, not "one".
        says.insert(0, p.with_breath(phase.breath, step.text))
    candidates = [f"{label}. {say}" for label in labels for say in says]
    candidates += [*says, *(f"{label}." for label in labels)]
    text = _fitting(length, step, candidates)
    yield Cue(step.start, CueKind.COUNT, text, Priority.BEAT, step.index)


def _rep_labels(p: Phrasebook, step: Step, item: PlannedItem, alternate: bool) -> list[str]:
    """How a rep may be announced, most informative first: "Two, left", then "Left"."""
    # A set of one (a long hold done in sets) has no count: "one" would say nothing.
    counts = p.rep_counts(step.rep_no, step.reps) if step.reps > 1 else []
    if step.side is not None and (alternate or item.dose.sides is Sides.EACH):
        if alternate and step.side is Side.RIGHT:
            # Each pair is counted once, on the left.
            return [capitalise(p.side_word(Side.RIGHT))]
        if alternate or step.rep_no == 1:
            # With "each", a later set starts on the left again: say so.
            return [
                *(p.rep_with_side(c, step.side) for c in counts),
                capitalise(p.side_word(step.side)),
            ]
    return counts


def _if_room(
    length: Length, step: Step, at: float, kind: CueKind, text: str, *, level: Priority
) -> Iterator[Cue]:
    """Says ``text`` at ``at`` only if it ends before the step's countdown would begin."""
    limit = step.end - (COUNTDOWN_S if step.duration >= COUNTDOWN_MIN_S else 0)
    if at + length(text) <= limit:
        yield Cue(round(at, 3), kind, text, level, step.index)


def _activity_cues(p: Phrasebook, step: Step, item: PlannedItem) -> Iterator[Cue]:
    exercise = item.exercise
    # The prepare step already named it and said how; now the clock starts.
    start = p.activity_start(item.dose.duration_s or step.duration)
    yield Cue(step.start, CueKind.ACTION, start, Priority.HIGH, step.index)
    interval = 60.0 if step.duration <= 600 else 300.0
    marks = {round(step.duration / 2, 3)} | {
        interval * k for k in range(1, int(step.duration // interval) + 1)
    }
    if step.duration > 120:
        marks.add(step.duration - 60)
    for mark in sorted(m for m in marks if 0 < m < step.duration - 5):
        text = p.activity_progress(mark, step.duration)
        yield Cue(round(step.start + mark, 3), CueKind.TIME, text, Priority.HIGH, step.index)
    for index, tip in enumerate(exercise.tips):
        # Tips fall between the time announcements, a quarter interval after each.
        at = step.start + interval * index + interval / 4 + 20
        if at < step.end - 10:
            yield Cue(round(at, 3), CueKind.ENCOURAGE, tip, Priority.LOW, step.index)
    yield from _countdown(p, step)
