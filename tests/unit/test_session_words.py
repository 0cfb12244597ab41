"""Numbers, durations and sentences as the coach says them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.model import Breath, Category, Dose, Exercise, Phase, Position, Sides
from backcoach.session.phrasebook import Side
from backcoach.session.phrases import EnglishPhrases
from backcoach.session.words import (
    capitalise,
    duration_words,
    lower_first,
    number_words,
    plural,
    speech_seconds,
)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zero"),
        (1, "one"),
        (7, "seven"),
        (13, "thirteen"),
        (19, "nineteen"),
        (20, "twenty"),
        (21, "twenty-one"),
        (45, "forty-five"),
        (99, "ninety-nine"),
        (100, "one hundred"),
        (101, "one hundred and one"),
        (115, "one hundred and fifteen"),
        (340, "three hundred and forty"),
        (999, "nine hundred and ninety-nine"),
        (1000, "one thousand"),
        (1001, "one thousand and one"),
        (1099, "one thousand and ninety-nine"),
        (1100, "one thousand one hundred"),
        (2024, "two thousand and twenty-four"),
        (3600, "three thousand six hundred"),
        (9999, "nine thousand nine hundred and ninety-nine"),
    ],
)
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words


@pytest.mark.parametrize("n", [-1, 10_000, 123_456])
def test_numbers_out_of_range_stay_digits(n: int) -> None:
    assert number_words(n) == str(n)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 9999))
def test_every_number_is_plain_lower_case_words(n: int) -> None:
    words = number_words(n)
    assert words and all(part.isalpha() for part in words.replace("-", " ").split())
    assert words == words.lower() and "  " not in words
    # Distinct numbers are said differently.
    if n < 9999:
        assert number_words(n + 1) != words


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "zero seconds"),
        (1, "one second"),
        (1.4, "one second"),
        (5, "five seconds"),
        (45, "forty-five seconds"),
        (59.6, "one minute"),
        (60, "one minute"),
        (75, "one minute fifteen"),
        (90, "a minute and a half"),
        (120, "two minutes"),
        (150, "two and a half minutes"),
        (630, "ten minutes thirty"),
        (600, "ten minutes"),
        (3599, "fifty-nine minutes fifty-nine"),
        (3600, "one hour"),
        (3660, "one hour and one minute"),
        (5400, "an hour and a half"),
        (7200, "two hours"),
        (9000, "two hours and thirty minutes"),
    ],
)
def test_duration_words(seconds: float, words: str) -> None:
    assert duration_words(seconds) == words


def test_plural_and_case_helpers() -> None:
    assert plural(1, "set") == "one set"
    assert plural(3, "set") == "three sets"
    assert capitalise("lift your hips") == "Lift your hips"
    assert capitalise("") == ""
    assert lower_first("Lift your hips") == "lift your hips"
    assert lower_first("TV off") == "TV off"


def test_speech_estimate_grows_with_words_and_pauses() -> None:
    assert speech_seconds("Two.") < speech_seconds("Two. Breathe out.")
    assert speech_seconds("a b c") < speech_seconds("a, b, c")
    assert speech_seconds("one two three four five") == pytest.approx(5 / 2.5 + 0.2)


phrases = EnglishPhrases()

# -- phrases ----------------------------------------------------------------------------


def exercise(*, hold: bool = True, **dose: Any) -> Exercise:
    phases = (Phase("Lift", Breath.OUT, 2.0),) + (
        (Phase("Hold", Breath.NATURAL, hold=True),) if hold else ()
    )
    return Exercise(
        id="x",
        name="Bridge",
        category=Category.STRENGTH,
        position=Position.SUPINE,
        purpose="",
        setup=("Lie down.", "Knees bent."),
        phases=phases,
        dose=Dose(**dose),
        sources=(),
    )


@pytest.mark.parametrize(
    ("dose", "hold", "text"),
    [
        (
            {"sets": 3, "reps": 15, "hold_s": 3},
            True,
            "Three sets of fifteen, holding three seconds.",
        ),
        ({"reps": 10}, False, "Ten times."),
        ({"reps": 1, "hold_s": 50}, True, "Once, holding fifty seconds."),
        ({"sets": 3, "reps": 1, "hold_s": 20}, True, "Three times, holding twenty seconds."),
        (
            {"reps": 3, "hold_s": 20, "sides": Sides.ALTERNATE},
            True,
            "Three times on each side, alternating, holding twenty seconds.",
        ),
        (
            {"sets": 2, "reps": 10, "hold_s": 2, "sides": Sides.EACH},
            True,
            "Two sets of ten on each side, holding two seconds.",
        ),
        ({"duration_s": 600}, False, "Ten minutes."),
        ({"reps": 5, "hold_s": 90}, True, "Five times, holding a minute and a half."),
    ],
)
def test_dose_phrase(dose: dict[str, object], hold: bool, text: str) -> None:
    ex = exercise(hold=hold, **dose)
    assert phrases.dose_phrase(ex, ex.dose) == text


def test_intro_lines_full_brief_and_new_position() -> None:
    ex = exercise(reps=5, hold_s=3)
    full = phrases.intro_lines(ex, ex.dose, full=True, new_position=False)
    assert full == ["Bridge. Five times, holding three seconds.", "Lie down.", "Knees bent."]
    moved = phrases.intro_lines(ex, ex.dose, full=False, new_position=True)
    assert moved == ["Bridge. Five times, holding three seconds.", "Lie down."]
    assert phrases.intro_lines(ex, ex.dose, full=False, new_position=False) == full[:1]


def test_breath_goes_first_unless_the_action_says_how_to_breathe() -> None:
    assert phrases.with_breath(Breath.OUT, "Lift your hips") == "Breathe out, lift your hips"
    assert phrases.with_breath(Breath.IN, "Lower slowly") == "Breathe in, lower slowly"
    assert phrases.with_breath(Breath.NATURAL, "cross your ankle") == "Cross your ankle"
    assert phrases.with_breath(Breath.OUT, "Breathe out slowly") == "Breathe out slowly"


def test_counts_and_holds() -> None:
    assert phrases.rep_counts(1, 10) == ["One"]
    assert phrases.rep_counts(10, 10) == ["Last one", "Last"]
    assert phrases.rep_counts(2, 2) == ["Two"]  # "last one" only for sets worth counting down
    assert phrases.hold_lines("Hold at the top", first=True)[0] == (
        "Hold at the top, keep breathing."
    )
    assert phrases.hold_lines("Stay steady, and keep breathing", first=True)[0] == (
        "Stay steady, and keep breathing."
    )
    assert phrases.hold_lines("Hold at the top", first=False)[0] == "Hold, keep breathing."
    assert phrases.hold_lines("Keep it up there", first=True) == [
        "Keep it up there, keep breathing.",
        "Hold, keep breathing.",
        "Hold.",
    ]
    assert phrases.hold_lines("Keep it up there", first=False) == ["Hold, keep breathing.", "Hold."]


def test_rests_switches_and_the_end() -> None:
    assert phrases.rest_line(60, 2, 3) == ["Rest for one minute.", "Set two of three next."]
    assert phrases.rest_line(30, 3, 3) == ["Rest for thirty seconds.", "Last set next."]
    assert phrases.rest_line(30, 2, 2, first_side=Side.LEFT) == [
        "Rest for thirty seconds.",
        "Last set next. Start with your left side.",
    ]
    assert phrases.rest_line(30, 2, 2, first_side=Side.LEFT, turn_over=True)[1] == (
        "Last set next. Turn over to start with your left side."
    )
    assert phrases.switch_line(Side.RIGHT) == "Switch sides. Now your right side."
    assert phrases.switch_line(Side.RIGHT, turn_over=True) == (
        "Switch sides. Turn over to work your right side."
    )
    assert phrases.transition_lines(30, "Bridge") == [
        "Well done. Rest for thirty seconds.",
        "Next up: Bridge.",
    ]
    assert phrases.done_line(4, 552) == (
        "That is the end of the session. Well done: four exercises in nine minutes."
    )
    assert phrases.done_line(1, 40).endswith("one exercise in forty seconds.")
    assert phrases.done_line(14, 2244).endswith("fourteen exercises in thirty-seven minutes.")


def test_activity_progress() -> None:
    assert phrases.activity_start(600) == "Start now. Ten minutes, at an easy pace."
    assert phrases.activity_progress(300, 600) == "Halfway. Five minutes to go."
    assert phrases.activity_progress(540, 600) == "One minute left."
    assert phrases.activity_progress(120, 600) == "Two minutes done, eight minutes to go."
