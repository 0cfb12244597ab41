"""The loader's reasons for refusing an exercise, in the window's language, for the form."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# The loader words its problems in English for `backcoach check` (a file's author reads
# them next to the file). The form shows the ones its fields can cause in the window's
# language; any other stays as the loader said it, so nothing is ever hidden.


def _fixed() -> dict[str, str]:
    return {
        "must not be empty": QCoreApplication.translate("ExerciseForm", "Must not be empty."),
        "missing required field": QCoreApplication.translate("ExerciseForm", "Must not be empty."),
        "missing required field (or set hold = true)": QCoreApplication.translate(
            "ExerciseForm", "Give its length in seconds (or make it the hold)."
        ),
        "must not tell the user to hold their breath": QCoreApplication.translate(
            "ExerciseForm",
            "Must not tell anyone to hold their breath: say “keep breathing” instead.",
        ),
        'a hold must use breath = "natural": keep breathing': QCoreApplication.translate(
            "ExerciseForm", "A hold keeps breathing: choose “keep breathing”."
        ),
        "a timed activity (dose.duration_s) has no phases": QCoreApplication.translate(
            "ExerciseForm",
            "A timed activity has no phases: remove them, or untick “Timed activity”.",
        ),
        "does not apply to a timed activity (dose.duration_s)": QCoreApplication.translate(
            "ExerciseForm", "Not for a timed activity."
        ),
        "given, but no phase has hold = true": QCoreApplication.translate(
            "ExerciseForm", "No phase is a hold: leave the hold empty."
        ),
        "missing: a phase has hold = true": QCoreApplication.translate(
            "ExerciseForm", "A phase is a hold: give the hold's seconds."
        ),
        "only one phase may be the hold": QCoreApplication.translate(
            "ExerciseForm", "Only one phase may be the hold."
        ),
        "a hold phase takes its length from dose.hold_s": QCoreApplication.translate(
            "ExerciseForm", "A hold's length is the hold under “How much”."
        ),
        "uses {side}/{other} but dose.sides is none": QCoreApplication.translate(
            "ExerciseForm",
            "Names a side ({side}), so choose how the sides are done under “How much”.",
        ),
    }


_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"is (\d+) characters long; the limit is (\d+)$"),
        lambda m: QCoreApplication.translate(
            "ExerciseForm", "Too long: {length} characters, at most {limit}."
        ).format(length=m.group(1), limit=m.group(2)),
    ),
    (
        re.compile(r"must be from (\S+) to (\S+) seconds, not (\S+)$"),
        lambda m: QCoreApplication.translate(
            "ExerciseForm", "Must be from {low} to {high} seconds."
        ).format(low=m.group(1), high=m.group(2)),
    ),
    (
        re.compile(r"must be from (\S+) to (\S+), not (\S+)$"),
        lambda m: QCoreApplication.translate(
            "ExerciseForm", "Must be from {low} to {high}."
        ).format(low=m.group(1), high=m.group(2)),
    ),
]


def reason_text(reason: str) -> str:
    """``reason`` as the form shows it; a reason it does not know, as the loader said it."""
    fixed = _fixed().get(reason)
    if fixed is not None:
        return fixed
    for pattern, word in _PATTERNS:
        if (match := pattern.match(reason)) is not None:
            return word(match)
    return reason
