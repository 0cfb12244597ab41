"""What the coach says: the sentences for each part of a session, built from the data."""

from __future__ import annotations

from backcoach.model import Breath, Dose, Exercise, Sides
from backcoach.session.words import capitalise, duration_words, lower_first, number_words, plural

BREATH_WORDS = {Breath.OUT: "Breathe out", Breath.IN: "Breathe in", Breath.NATURAL: ""}


def dose_phrase(exercise: Exercise, dose: Dose) -> str:
    """"Three sets of fifteen, holding three seconds." / "Ten minutes." """
    if dose.duration_s is not None:
        return capitalise(duration_words(dose.duration_s)) + "."
    has_hold = any(phase.hold for phase in exercise.phases)
    if dose.sets > 1 and dose.reps > 1:
        text = f"{number_words(dose.sets)} sets of {number_words(dose.reps)}"
    elif dose.sets > 1:
        text = f"{number_words(dose.sets)} times"  # "three sets of one" is not how people talk
    elif dose.reps > 1:
        text = f"{number_words(dose.reps)} times"
    else:
        text = "once"
    if dose.sides is Sides.EACH:
        text += " on each side"
    elif dose.sides is Sides.ALTERNATE:
        text += " on each side, alternating"
    if has_hold and dose.hold_s:
        text += f", holding {duration_words(dose.hold_s)}"
    return capitalise(text) + "."


def intro_lines(exercise: Exercise, dose: Dose, *, full: bool, new_position: bool) -> list[str]:
    """Said while the user gets into position: name and dose, then setup (all of it when full)."""
    lines = [f"{exercise.name}. {dose_phrase(exercise, dose)}"]
    if full:
        lines.extend(exercise.setup)
    elif new_position and exercise.setup:
        lines.append(exercise.setup[0])
    return lines


def with_breath(breath: Breath, action: str) -> str:
    """"Breathe out, lift your hips" — unless the action already says how to breathe."""
    prefix = BREATH_WORDS[breath]
    if not prefix or "breath" in action.casefold():
        return capitalise(action)
    return f"{prefix}, {lower_first(action)}"


def rep_count(rep_no: int, reps: int) -> str:
    return "Last one" if rep_no == reps and reps > 2 else capitalise(number_words(rep_no))


def hold_start(action: str, first: bool) -> str:
    if not first:
        return "Hold, keep breathing."
    action = capitalise(action.rstrip(". "))
    return f"{action}." if "breath" in action.casefold() else f"{action}, keep breathing."


def rest_line(seconds: float, set_no: int, sets: int, first_side: str | None = None,
              turn_over: bool = False) -> list[str]:
    """The rest before set ``set_no``; ``first_side`` when each set starts on that side again."""
    if set_no == sets:
        upcoming = "Last set next."
    else:
        upcoming = f"Set {number_words(set_no)} of {number_words(sets)} next."
    if first_side is not None:
        # After a set done side by side the user is still on the second side.
        verb = "Turn over to start" if turn_over else "Start"
        upcoming += f" {verb} with your {first_side} side."
    return [f"Rest for {duration_words(seconds)}.", upcoming]


def transition_lines(seconds: float, next_name: str) -> list[str]:
    return [f"Well done. Rest for {duration_words(seconds)}.", f"Next up: {next_name}."]


def switch_line(side: str, turn_over: bool = False) -> str:
    """Lying on a side, "now your right side" would be heard as "lie on your right side"."""
    if turn_over:
        return f"Switch sides. Turn over to work your {side} side."
    return f"Switch sides. Now your {side} side."


def activity_progress(done_s: float, total_s: float) -> str:
    left = total_s - done_s
    if abs(done_s - total_s / 2) < 1:
        return f"Halfway. {capitalise(duration_words(left))} to go."
    if round(left) == 60:
        return "One minute left."
    return f"{capitalise(duration_words(done_s))} done, {duration_words(left)} to go."


def activity_start(seconds: float) -> str:
    return f"Start now. {capitalise(duration_words(seconds))}, at an easy pace."


def done_line(exercise_count: int, total_s: float) -> str:
    # To the minute: "nine minutes twelve" is a stopwatch reading, not praise.
    length = duration_words(total_s if total_s < 60 else 60 * max(1, round(total_s / 60)))
    return (
        f"That is the end of the session. Well done: {plural(exercise_count, 'exercise')} "
        f"in {length}."
    )


def hold_lines(action: str, first: bool) -> list[str]:
    """What may start a hold, most helpful first; the caller takes the first that fits."""
    lines = [hold_start(action, first)] if first else []
    return [*lines, "Hold, keep breathing.", "Hold."]


COUNTDOWN = ("Three.", "Two.", "One.")
