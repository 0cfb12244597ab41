"""What the coach says in German: the same moments as the English phrasebook, in German."""

from __future__ import annotations

from backcoach.model import Breath, Dose, Exercise, Sides
from backcoach.session.phrasebook import Phrasebook, Side
from backcoach.session.words import capitalise, lower_first
from backcoach.session.words_de import counted, duration_words, number_words, times_words

_BREATH_WORDS = {Breath.OUT: "Ausatmen", Breath.IN: "Einatmen", Breath.NATURAL: ""}
_SIDE_WORDS = {Side.LEFT: "links", Side.RIGHT: "rechts"}
_SIDE_STEMS = {Side.LEFT: "link", Side.RIGHT: "recht"}  # "linkes Bein", "rechte Hand"


def _says_breath(text: str) -> bool:
    """True when a text already tells how to breathe ("atme aus", "weiter atmen")."""
    return "atme" in text.casefold()


class GermanPhrases(Phrasebook):
    language = "de"
    words_per_second = 2.2  # espeak-ng de: 2.38 words a second; German words are longer
    countdown = ("Drei.", "Zwei.", "Eins.")
    halfway = "Halbzeit."
    voice_sample = "So leite ich dich durch die Übungen. Ausatmen, und heb die Hüften an."

    def side_word(self, side: Side) -> str:
        return _SIDE_WORDS[side]

    def side_stem(self, side: Side) -> str:
        return _SIDE_STEMS[side]

    def breath_word(self, breath: Breath) -> str:
        return _BREATH_WORDS[breath]

    def dose_phrase(self, exercise: Exercise, dose: Dose) -> str:
        """ "Drei Sätze zu je fünfzehn, jeweils drei Sekunden halten." / "Zehn Minuten." """
        if dose.duration_s is not None:
            return capitalise(duration_words(dose.duration_s)) + "."
        has_hold = any(phase.hold for phase in exercise.phases)
        if dose.sets > 1 and dose.reps > 1:
            text = f"{number_words(dose.sets)} Sätze zu je {number_words(dose.reps)}"
        elif dose.sets > 1:
            text = times_words(dose.sets)
        else:
            text = times_words(dose.reps)
        if dose.sides is Sides.EACH:
            text += " auf jeder Seite"
        elif dose.sides is Sides.ALTERNATE:
            text += " auf jeder Seite, im Wechsel"
        if has_hold and dose.hold_s:
            text += f", jeweils {duration_words(dose.hold_s)} halten"
        return capitalise(text) + "."

    def with_breath(self, breath: Breath, action: str) -> str:
        prefix = _BREATH_WORDS[breath]
        if not prefix or _says_breath(action):
            return capitalise(action)
        # Actions are written as commands that start with the verb, so lower-casing the
        # first letter never turns a German noun small.
        return f"{prefix}, {lower_first(action)}"

    def rep_counts(self, rep_no: int, reps: int) -> list[str]:
        if rep_no == reps and reps > 2:
            return ["Letzte Wiederholung", "Letzte"]
        return [capitalise(number_words(rep_no))]

    def rep_with_side(self, count: str, side: Side) -> str:
        return f"{count}, {_SIDE_WORDS[side]}"

    hold_breathing = "Halten, weiter atmen."
    hold_short = "Halten."

    def hold_start(self, action: str) -> str:
        action = capitalise(action.rstrip(". "))
        return f"{action}." if _says_breath(action) else f"{action}, weiter atmen."

    def rest_line(
        self,
        seconds: float,
        set_no: int,
        sets: int,
        first_side: Side | None = None,
        turn_over: bool = False,
    ) -> list[str]:
        if set_no == sets:
            upcoming = "Als Nächstes der letzte Satz."
        else:
            upcoming = f"Als Nächstes Satz {number_words(set_no)} von {number_words(sets)}."
        if first_side is not None:
            side = _SIDE_STEMS[first_side] + "en"
            if turn_over:
                upcoming += f" Dreh dich um und beginne mit der {side} Seite."
            else:
                upcoming += f" Beginne mit der {side} Seite."
        return [f"Pause für {duration_words(seconds)}.", upcoming]

    def transition_lines(self, seconds: float, next_name: str) -> list[str]:
        return [f"Gut gemacht. Pause für {duration_words(seconds)}.", f"Als Nächstes: {next_name}."]

    def short_transition_lines(self, next_name: str) -> list[str]:
        return ["Gut gemacht.", f"Als Nächstes: {next_name}."]

    def switch_line(self, side: Side | None, turn_over: bool = False) -> str:
        name = _SIDE_STEMS[side] + "e" if side else "andere"
        if turn_over:
            return f"Seitenwechsel. Dreh dich um, jetzt ist die {name} Seite dran."
        return f"Seitenwechsel. Jetzt die {name} Seite."

    def activity_start(self, seconds: float) -> str:
        return f"Los geht's. {capitalise(duration_words(seconds))}, in gemütlichem Tempo."

    def activity_progress(self, done_s: float, total_s: float) -> str:
        left = total_s - done_s
        if abs(done_s - total_s / 2) < 1:
            return f"Halbzeit. Noch {duration_words(left)}."
        if round(left) == 60:
            return "Noch eine Minute."
        return f"{capitalise(duration_words(done_s))} geschafft, noch {duration_words(left)}."

    def done_line(self, exercise_count: int, total_s: float) -> str:
        length = duration_words(self.session_length(total_s))
        return (
            f"Das war's, die Einheit ist zu Ende. Gut gemacht: "
            f"{counted(exercise_count, 'Übung', 'Übungen')} in {length}."
        )

    def get_ready_line(self, title: str, seconds: float) -> str:
        return f"Mach dich bereit. {title} beginnt in {duration_words(seconds)}."
