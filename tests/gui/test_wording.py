"""Doses, breaths and times in words, as the detail and routine views show them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from backcoach.model import Breath, Dose, Phase, Sides
from backcoach.ui.wording import (
    breath_text,
    clock_text,
    dose_text,
    phase_time_text,
)


@pytest.mark.parametrize(
    ("dose", "words"),
    [
        (
            Dose(sets=3, reps=15, hold_s=3, rest_s=60),
            "3 sets of 15, hold 3 s, 60 s rest between sets",
        ),
        (Dose(sets=1, reps=10), "10 repetitions"),
        (Dose(sets=1, reps=1, hold_s=2.5), "1 repetition, hold 2.5 s"),
        (Dose(sets=2, reps=10, sides=Sides.EACH), "2 sets of 10 each side"),
        (Dose(reps=6, sides=Sides.ALTERNATE), "6 repetitions alternating sides"),
        (Dose(sets=1, reps=5, rest_s=30), "5 repetitions"),  # no rest with a single set
        (Dose(duration_s=600), "10 minutes"),
        (Dose(duration_s=60), "1 minute"),
        (Dose(duration_s=90), "90 s"),
    ],
)
def test_dose_in_words(qapp: QApplication, dose: Dose, words: str) -> None:
    assert dose_text(dose) == words


def test_breath_and_phase_times(qapp: QApplication) -> None:
    assert breath_text(Breath.OUT) == "breathe out"
    assert breath_text(Breath.IN) == "breathe in"
    assert breath_text(Breath.NATURAL) == "keep breathing"
    dose = Dose(reps=5, hold_s=10)
    assert phase_time_text(Phase("lift", Breath.OUT, seconds=2), dose) == "2 s"
    assert phase_time_text(Phase("hold", Breath.NATURAL, hold=True), dose) == "hold 10 s"


def test_clock_labels() -> None:
    assert clock_text(0) == "0:00"
    assert clock_text(59.6) == "1:00"
    assert clock_text(754) == "12:34"
