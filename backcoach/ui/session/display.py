"""What the player and the floor view show at a moment of the session, as plain data."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from backcoach.session.machine import SessionMachine, State
from backcoach.session.plan import Step, StepKind, Timeline
from backcoach.ui.wording import clock_text, dose_text

# Literal translate() calls (not a helper) so pyside6-lupdate can find every string.


class Phase(StrEnum):
    GET_READY = "get-ready"
    PREPARE = "prepare"
    MOVE = "move"
    HOLD = "hold"
    REST = "rest"
    SWITCH = "switch"
    PAUSED = "paused"
    DONE = "done"


# Deep, calm backgrounds for white text; each has a contrast of at least 7:1 with white
# (WCAG AAA), so the phase reads from the floor by colour and by its word alike.
PHASE_COLOURS: dict[Phase, str] = {
    Phase.GET_READY: "#1f4a80",
    Phase.PREPARE: "#1f4a80",
    Phase.MOVE: "#1b5e3a",
    Phase.HOLD: "#8a3300",
    Phase.REST: "#3a3a85",
    Phase.SWITCH: "#6e2462",
    Phase.PAUSED: "#474747",
    Phase.DONE: "#1b5e3a",
}
TEXT_COLOUR = "#ffffff"

_KIND_PHASES = {
    StepKind.PREPARE: Phase.PREPARE,
    StepKind.MOVE: Phase.MOVE,
    StepKind.ACTIVITY: Phase.MOVE,
    StepKind.HOLD: Phase.HOLD,
    StepKind.REST: Phase.REST,
    StepKind.TRANSITION: Phase.REST,
    StepKind.SWITCH: Phase.SWITCH,
    StepKind.DONE: Phase.DONE,
}


@dataclass(frozen=True)
class Display:
    """One frame of the session: everything the views show but the caption (which comes
    with each cue) and the mute state."""

    title: str  # the exercise, or the routine while getting ready
    phase: Phase
    phase_text: str  # the phase in words, so colour is never the only sign
    big: str  # seconds left ("45", "1:30") or the rep ("3 / 10")
    big_label: str  # what the big number counts, in a few words
    action: str  # what to do in this step, e.g. "Lift your hips"
    rep_text: str  # "Rep 3 of 10"
    set_text: str  # "Set 2 of 3 · left side"
    next_up: str  # during rests, switches and the get-ready countdown
    progress_text: str  # "Exercise 1 of 2 · 8:30 left"
    progress: float  # 0..1 through the routine
    resting: bool  # a rest that "+15 s" can extend

    @property
    def colour(self) -> str:
        return PHASE_COLOURS[self.phase]


def phase_word(phase: Phase) -> str:
    words = {
        Phase.GET_READY: QCoreApplication.translate("SessionDisplay", "GET READY"),
        Phase.PREPARE: QCoreApplication.translate("SessionDisplay", "GET INTO POSITION"),
        Phase.MOVE: QCoreApplication.translate("SessionDisplay", "MOVE"),
        Phase.HOLD: QCoreApplication.translate("SessionDisplay", "HOLD"),
        Phase.REST: QCoreApplication.translate("SessionDisplay", "REST"),
        Phase.SWITCH: QCoreApplication.translate("SessionDisplay", "SWITCH SIDES"),
        Phase.PAUSED: QCoreApplication.translate("SessionDisplay", "PAUSED"),
        Phase.DONE: QCoreApplication.translate("SessionDisplay", "DONE"),
    }
    return words[phase]


def seconds_left_text(seconds: float) -> str:
    """A countdown as people read one: "5" until five whole seconds have gone, then "4";
    a minute or more as m:ss."""
    whole = max(0, math.ceil(round(seconds, 3)))
    return str(whole) if whole < 60 else clock_text(whole)


def side_word(step: Step) -> str:
    if step.side is None:
        return ""
    if step.side.value == "left":
        return QCoreApplication.translate("SessionDisplay", "left side")
    return QCoreApplication.translate("SessionDisplay", "right side")


def set_and_side(set_no: int, sets: int, side: str) -> str:
    parts = []
    if sets > 1 and set_no > 0:
        parts.append(
            QCoreApplication.translate("SessionDisplay", "Set {n} of {total}").format(
                n=set_no, total=sets
            )
        )
    if side:
        parts.append(side)
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def _next_up(timeline: Timeline, step: Step) -> str:
    """What comes after a rest, a switch or a change of exercise."""
    if step.kind not in (StepKind.REST, StepKind.TRANSITION, StepKind.SWITCH):
        return ""
    following = timeline.steps[min(step.index + 1, len(timeline.steps) - 1)]
    if step.kind is StepKind.TRANSITION or following.kind is StepKind.PREPARE:
        return exercise_line(timeline, following.item)
    what = set_and_side(following.set_no, following.sets, side_word(following))
    return what or following.text


def exercise_line(timeline: Timeline, item_index: int) -> str:
    """ "Bridge · 2 sets of 10, hold 5 s" """
    if not 0 <= item_index < len(timeline.items):
        return ""
    item = timeline.items[item_index]
    return f"{item.exercise.name} · {dose_text(item.dose)}"


def _action(step: Step) -> str:
    texts = {
        StepKind.PREPARE: QCoreApplication.translate(
            "SessionDisplay", "Get into the starting position"
        ),
        StepKind.REST: QCoreApplication.translate("SessionDisplay", "Rest and breathe"),
        StepKind.TRANSITION: QCoreApplication.translate(
            "SessionDisplay", "Rest, then the next exercise"
        ),
        StepKind.SWITCH: QCoreApplication.translate("SessionDisplay", "Change to the other side"),
        StepKind.DONE: QCoreApplication.translate("SessionDisplay", "Session complete"),
    }
    return step.text or texts.get(step.kind, "")


def _progress_text(timeline: Timeline, step: Step, left_s: float) -> str:
    left = QCoreApplication.translate("SessionDisplay", "{time} left").format(
        time=clock_text(left_s)
    )
    # A transition belongs to the exercise after it; until then, the one just done counts.
    item = step.item - 1 if step.kind is StepKind.TRANSITION else step.item
    if item < 0:
        return left
    exercise = QCoreApplication.translate("SessionDisplay", "Exercise {n} of {total}").format(
        n=item + 1, total=len(timeline.items)
    )
    return f"{exercise} · {left}"


def describe_session(machine: SessionMachine, now: float) -> Display:
    """The running (or paused, or finished) session at ``now`` on its clock."""
    timeline, step = machine.timeline, machine.step
    paused = machine.state is State.PAUSED
    phase = Phase.PAUSED if paused else _KIND_PHASES[step.kind]
    counting_reps = step.kind is StepKind.MOVE and step.reps > 1
    if machine.state is State.STOPPED:
        phase = Phase.DONE
        big, big_label = QCoreApplication.translate("SessionDisplay", "Stopped"), ""
    elif step.kind is StepKind.DONE:
        big, big_label = QCoreApplication.translate("SessionDisplay", "Well done"), ""
    elif counting_reps:
        big = f"{step.rep_no} / {step.reps}"
        big_label = QCoreApplication.translate("SessionDisplay", "repetition")
    else:
        big = seconds_left_text(machine.step_remaining(now))
        big_label = QCoreApplication.translate("SessionDisplay", "seconds left")
    in_rep = step.kind in (StepKind.MOVE, StepKind.HOLD) and step.reps > 1
    rep_text = (
        QCoreApplication.translate("SessionDisplay", "Rep {n} of {total}").format(
            n=step.rep_no, total=step.reps
        )
        if in_rep
        else ""
    )
    # A switch shows the coming side as "next up" only.
    in_set = step.kind in (StepKind.MOVE, StepKind.HOLD, StepKind.ACTIVITY)
    # Between exercises the next one is "next up", not yet the one being done.
    between = step.item < 0 or step.kind is StepKind.TRANSITION
    title = timeline.routine.title if between else timeline.items[step.item].exercise.name
    return Display(
        title=title,
        phase=phase,
        phase_text=phase_word(phase),
        big=big,
        big_label=big_label,
        action=_action(step),
        rep_text=rep_text,
        set_text=set_and_side(step.set_no, step.sets, side_word(step)) if in_set else "",
        next_up=_next_up(timeline, step),
        progress_text=_progress_text(timeline, step, machine.total_s - machine.position(now)),
        progress=round(machine.progress(now), 3),  # finer would redraw for nothing
        resting=step.kind in (StepKind.REST, StepKind.TRANSITION),
    )


def describe_get_ready(
    timeline: Timeline, seconds_left: float, *, paused: bool, waiting_for_voice: bool
) -> Display:
    """The countdown before the first step: time to get down onto the floor."""
    phase = Phase.PAUSED if paused else Phase.GET_READY
    if waiting_for_voice:
        big, label = "…", QCoreApplication.translate("SessionDisplay", "preparing the voice")
    else:
        big = seconds_left_text(seconds_left)
        label = QCoreApplication.translate("SessionDisplay", "seconds to get ready")
    return Display(
        title=timeline.routine.title,
        phase=phase,
        phase_text=phase_word(phase),
        big=big,
        big_label=label,
        action=QCoreApplication.translate(
            "SessionDisplay", "Get onto the floor: the session starts by itself"
        ),
        rep_text="",
        set_text="",
        next_up=exercise_line(timeline, 0),
        progress_text=QCoreApplication.translate("SessionDisplay", "{time} in all").format(
            time=clock_text(timeline.total_s)
        ),
        progress=0.0,
        resting=False,
    )
