"""What the coach says in English: the sentences for each part of a session, from the data."""

from __future__ import annotations

from backcoach.model import Breath, Dose, Exercise, Sides
from backcoach.session.phrasebook import Phrasebook, Side
from backcoach.session.words import capitalise, duration_words, lower_first, number_words, plural

_BREATH_WORDS = {Breath.OUT: "Breathe out", Breath.IN: "Breathe in", Breath.NATURAL: ""}


class EnglishPhrases(Phrasebook):
    language = "en"
    words_per_second = 2.5  # espeak-ng en: 2.66 words a second
    countdown = ("Three.", "Two.", "One.")
    halfway = "Halfway."
    voice_sample = "This is how I will guide you. Breathe out, and lift your hips."

    def side_word(self, side: Side) -> str:
        return side.value

    def side_stem(self, side: Side) -> str:
        return side.value

    def breath_word(self, breath: Breath) -> str:
        return _BREATH_WORDS[breath]

    def dose_phrase(self, exercise: Exercise, dose: Dose) -> str:
        """ "Three sets of fifteen, holding three seconds." / "Ten minutes." """
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

    def with_breath(self, breath: Breath, action: str) -> str:
        prefix = _BREATH_WORDS[breath]
        if not prefix or "breath" in action.casefold():
            return capitalise(action)
        return f"{prefix}, {lower_first(action)}"

    def rep_counts(self, rep_no: int, reps: int) -> list[str]:
        if rep_no == reps and reps > 2:
            return ["Last one", "Last"]
        return [capitalise(number_words(rep_no))]

    def rep_with_side(self, count: str, side: Side) -> str:
        return f"{count}, {side.value}"

    hold_breathing = "Hold, keep breathing."
    hold_short = "Hold."

    def hold_start(self, action: str) -> str:
        action = capitalise(action.rstrip(". "))
        return f"{action}." if "breath" in action.casefold() else f"{action}, keep breathing."

    def rest_line(
        self,
        seconds: float,
        set_no: int,
        sets: int,
        first_side: Side | None = None,
        turn_over: bool = False,
    ) -> list[str]:
        if set_no == sets:
            upcoming = "Last set next."
        else:
            upcoming = f"Set {number_words(set_no)} of {number_words(sets)} next."
        if first_side is not None:
            # After a set done side by side the user is still on the second side.
            verb = "Turn over to start" if turn_over else "Start"
            upcoming += f" {verb} with your {first_side.value} side."
        return [f"Rest for {duration_words(seconds)}.", upcoming]

    def transition_lines(self, seconds: float, next_name: str) -> list[str]:
        return [f"Well done. Rest for {duration_words(seconds)}.", f"Next up: {next_name}."]

    def short_transition_lines(self, next_name: str) -> list[str]:
        return ["Well done.", f"Next up: {next_name}."]

    def switch_line(self, side: Side | None, turn_over: bool = False) -> str:
        # Lying on a side, "now your right side" would be heard as "lie on your right side".
        name = side.value if side else "other"
        if turn_over:
            return f"Switch sides. Turn over to work your {name} side."
        return f"Switch sides. Now your {name} side."

    def activity_start(self, seconds: float) -> str:
        return f"Start now. {capitalise(duration_words(seconds))}, at an easy pace."

    def activity_progress(self, done_s: float, total_s: float) -> str:
        left = total_s - done_s
        if abs(done_s - total_s / 2) < 1:
            return f"Halfway. {capitalise(duration_words(left))} to go."
        if round(left) == 60:
            return "One minute left."
        return f"{capitalise(duration_words(done_s))} done, {duration_words(left)} to go."

    def done_line(self, exercise_count: int, total_s: float) -> str:
        length = duration_words(self.session_length(total_s))
        return (
            f"That is the end of the session. Well done: {plural(exercise_count, 'exercise')} "
            f"in {length}."
        )

    def get_ready_line(self, title: str, seconds: float) -> str:
        return f"Get ready. {title} starts in {duration_words(seconds)}."
