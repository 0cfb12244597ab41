"""What is said and when: the whole session's cues, as data, from its timeline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from backcoach.model import Position, Sides
from backcoach.session import phrases
from backcoach.session.overlap import resolve_overlaps
from backcoach.session.plan import PlannedItem, Side, Step, StepKind, Timeline
from backcoach.session.words import PAUSE_S, capitalise, speech_seconds

HALFWAY_MIN_S = 20.0  # a hold this long gets a "halfway"
REST_HALFWAY_MIN_S = 45.0  # rests are announced with their length; only long ones need more
COUNTDOWN_MIN_S = 5.0  # a step this long is counted out: three, two, one
TIP_MIN_S = 15.0  # a hold this long gets a coaching tip


class CueKind(StrEnum):
    INTRO = "intro"
    SETUP = "setup"
    ACTION = "action"  # a phase's action with its breath
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

    @property
    def estimated_s(self) -> float:
        return speech_seconds(self.text)


def build_cues(timeline: Timeline) -> list[Cue]:
    """Every cue of the session in time order, collisions already resolved by estimate."""
    return resolve_overlaps(planned_cues(timeline), lambda cue: cue.estimated_s)


def planned_cues(timeline: Timeline) -> list[Cue]:
    """Every cue of the session in time order, before any is dropped for overlapping:
    for a speaker that resolves overlaps with the measured length of each cue."""
    cues: list[Cue] = []
    for step in timeline.steps:
        item = timeline.items[step.item] if step.item >= 0 else None
        cues.extend(_cues_for(step, item, timeline))
    cues.sort(key=lambda cue: (cue.at, -cue.priority))
    return cues


def _sequence(step: Step, texts: list[str], kinds: list[CueKind], priority: list[Priority],
              offset: float = 0.0) -> Iterator[Cue]:
    """Lines said one after another from ``offset`` into the step, as many as start in it.

    A line that would start after the step has ended is left out: the machine says a
    step's cues only while that step runs.
    """
    at = step.start + offset
    for text, kind, level in zip(texts, kinds, priority, strict=True):
        if round(at, 3) >= step.end:
            return
        yield Cue(round(at, 3), kind, text, level, step.index)
        at += speech_seconds(text) + PAUSE_S


def _countdown(step: Step, busy_until: float = 0.0) -> Iterator[Cue]:
    """Three, two, one to the step's end, unless the step's own first words need that time."""
    if step.duration >= COUNTDOWN_MIN_S and busy_until <= step.end - 3:
        for seconds_left, word in zip((3, 2, 1), phrases.COUNTDOWN, strict=True):
            yield Cue(round(step.end - seconds_left, 3), CueKind.COUNTDOWN, word, Priority.BEAT,
                      step.index, from_end=True)


def _cues_for(step: Step, item: PlannedItem | None, timeline: Timeline) -> Iterator[Cue]:
    kind = step.kind
    if kind is StepKind.PREPARE and item is not None:
        lines = phrases.intro_lines(item.exercise, item.dose, full=item.full,
                                    new_position=item.new_position)
        kinds = [CueKind.INTRO] + [CueKind.SETUP] * (len(lines) - 1)
        levels = [Priority.HIGH] + [Priority.NORMAL] * (len(lines) - 1)
        yield from _sequence(step, lines, kinds, levels)
        yield from _countdown(step)
    elif kind in (StepKind.MOVE, StepKind.HOLD) and item is not None:
        yield from _phase_cues(step, item)
    elif kind is StepKind.SWITCH:
        side = step.side.value if step.side else "other"
        text = phrases.switch_line(side, turn_over=item is not None and _turns_over(item))
        yield Cue(step.start, CueKind.SWITCH, text, Priority.HIGH, step.index)
        yield from _countdown(step)
    elif kind is StepKind.REST:
        each = item is not None and item.dose.sides is Sides.EACH
        rest, upcoming = phrases.rest_line(
            step.duration, step.set_no, step.sets, first_side=Side.LEFT.value if each else None,
            turn_over=item is not None and _turns_over(item),
        )
        yield from _sequence(step, [rest, upcoming], [CueKind.REST, CueKind.NEXT_UP],
                             [Priority.HIGH, Priority.NORMAL])
        yield from _halfway(step, REST_HALFWAY_MIN_S)
        yield from _countdown(step)
    elif kind is StepKind.TRANSITION and item is not None:
        lines = phrases.transition_lines(step.duration, item.exercise.name)
        yield from _sequence(step, lines, [CueKind.REST, CueKind.NEXT_UP],
                             [Priority.HIGH, Priority.NORMAL])
        yield from _halfway(step, REST_HALFWAY_MIN_S)
    elif kind is StepKind.ACTIVITY and item is not None:
        yield from _activity_cues(step, item)
    elif kind is StepKind.DONE:
        text = phrases.done_line(len(timeline.items), timeline.total_s)
        yield Cue(step.start, CueKind.DONE, text, Priority.HIGH, step.index)


def _turns_over(item: PlannedItem) -> bool:
    """Changing sides means rolling over (lying on a side or face down)."""
    return item.exercise.position in (Position.SIDE_LYING, Position.PRONE)


def _fitting(step: Step, candidates: list[str]) -> str:
    """The first text short enough to be said before the step ends (the next step's cue
    starts then), else the shortest: a cue that runs over would silence the next one."""
    for text in candidates:
        if speech_seconds(text) <= step.duration:
            return text
    return min(candidates, key=speech_seconds)


def _halfway(step: Step, minimum: float = HALFWAY_MIN_S) -> Iterator[Cue]:
    if step.duration >= minimum:
        yield Cue(round(step.start + step.duration / 2, 3), CueKind.HALFWAY, "Halfway.",
                  Priority.NORMAL, step.index)


def _phase_cues(step: Step, item: PlannedItem) -> Iterator[Cue]:
    exercise = item.exercise
    phase = exercise.phases[step.phase]
    alternate = item.dose.sides is Sides.ALTERNATE
    if step.kind is StepKind.HOLD:
        text = _fitting(step, phrases.hold_lines(step.text, first=step.guided))
        yield Cue(step.start, CueKind.HOLD, text, Priority.HIGH, step.index)
        after_start = step.start + speech_seconds(text) + PAUSE_S
        if step.guided and item.full and step.detail:
            yield from _if_room(step, after_start, CueKind.DETAIL, step.detail, Priority.NORMAL)
        elif step.duration >= TIP_MIN_S and exercise.tips:
            tip = exercise.tips[(step.rep_no - 1) % len(exercise.tips)]
            yield from _if_room(step, after_start + 1.0, CueKind.ENCOURAGE, tip, Priority.LOW)
        yield from _halfway(step)
        yield from _countdown(step, busy_until=after_start)
        return
    if step.guided:
        yield Cue(step.start, CueKind.ACTION, phrases.with_breath(phase.breath, step.text),
                  Priority.HIGH, step.index)
        return
    # Later reps: the count and the breath only, short enough for a two-second phase.
    said = phrases.BREATH_WORDS[phase.breath] or capitalise(step.text)
    if step.phase != 0:
        yield Cue(step.start, CueKind.ACTION, f"{said}.", Priority.HIGH, step.index)
        return
    labels = _rep_labels(step, item, alternate)
    says = [f"{said}."]
    if step.reps == 1:
        # A set of one (a long hold done in sets): say what to do, not "one".
        says.insert(0, phrases.with_breath(phase.breath, step.text))
    candidates = [f"{label}. {say}" for label in labels for say in says]
    candidates += [*says, *(f"{label}." for label in labels)]
    yield Cue(step.start, CueKind.COUNT, _fitting(step, candidates), Priority.BEAT, step.index)


def _rep_labels(step: Step, item: PlannedItem, alternate: bool) -> list[str]:
    """How a rep may be announced, most informative first: "Two, left", then "Left"."""
    # A set of one (a long hold done in sets) has no count: "one" would say nothing.
    count = phrases.rep_count(step.rep_no, step.reps) if step.reps > 1 else ""
    counts = [count, "Last"] if count == "Last one" else [count] if count else []
    if step.side is not None and (alternate or item.dose.sides is Sides.EACH):
        if alternate and step.side is Side.RIGHT:
            return ["Right"]  # each pair is counted once, on the left
        if alternate or step.rep_no == 1:
            # With "each", a later set starts on the left again: say so.
            side = step.side.value
            return [*(f"{c}, {side}" for c in counts), capitalise(side)]
    return counts


def _if_room(step: Step, at: float, kind: CueKind, text: str, level: Priority) -> Iterator[Cue]:
    """Says ``text`` at ``at`` only if it ends before the step's countdown would begin."""
    limit = step.end - (3 if step.duration >= COUNTDOWN_MIN_S else 0)
    if at + speech_seconds(text) <= limit:
        yield Cue(round(at, 3), kind, text, level, step.index)


def _activity_cues(step: Step, item: PlannedItem) -> Iterator[Cue]:
    exercise = item.exercise
    # The prepare step already named it and said how; now the clock starts.
    start = phrases.activity_start(item.dose.duration_s or step.duration)
    yield Cue(step.start, CueKind.ACTION, start, Priority.HIGH, step.index)
    interval = 60.0 if step.duration <= 600 else 300.0
    marks = {round(step.duration / 2, 3)} | {
        interval * k for k in range(1, int(step.duration // interval) + 1)
    }
    if step.duration > 120:
        marks.add(step.duration - 60)
    for mark in sorted(m for m in marks if 0 < m < step.duration - 5):
        text = phrases.activity_progress(mark, step.duration)
        yield Cue(round(step.start + mark, 3), CueKind.TIME, text, Priority.HIGH, step.index)
    for index, tip in enumerate(exercise.tips):
        # Tips fall between the time announcements, a quarter interval after each.
        at = step.start + interval * index + interval / 4 + 20
        if at < step.end - 10:
            yield Cue(round(at, 3), CueKind.ENCOURAGE, tip, Priority.LOW, step.index)
    yield from _countdown(step)
