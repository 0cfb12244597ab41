"""Why the routine editor refused a value, in the user's words and language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.content.routine_draft import Checked, Refusal


def refusal_text(checked: Checked) -> str:
    """The reason shown under a field; empty when the value was taken."""
    if checked.refusal is None:
        return ""
    low, high = f"{checked.low:g}", f"{checked.high:g}"
    texts = {
        Refusal.NOT_A_NUMBER: QCoreApplication.translate(
            "RoutineEditor", "Not a number: type one from {low} to {high}."
        ),
        Refusal.NOT_WHOLE: QCoreApplication.translate(
            "RoutineEditor", "A whole number, please ({low} to {high})."
        ),
        Refusal.OUT_OF_RANGE: QCoreApplication.translate(
            "RoutineEditor", "Must be from {low} to {high}."
        ),
        Refusal.TIMED_ACTIVITY: QCoreApplication.translate(
            "RoutineEditor", "Not for a timed activity: change its duration instead."
        ),
        Refusal.NOT_TIMED: QCoreApplication.translate(
            "RoutineEditor", "Only a timed activity has a duration."
        ),
        Refusal.NO_HOLD: QCoreApplication.translate("RoutineEditor", "This exercise has no hold."),
        Refusal.SIDED: QCoreApplication.translate(
            "RoutineEditor", "This exercise is done on each side."
        ),
        Refusal.EMPTY: QCoreApplication.translate("RoutineEditor", "Must not be empty."),
        Refusal.TOO_LONG: QCoreApplication.translate(
            "RoutineEditor", "Too long: at most {high} characters."
        ),
    }
    return texts[checked.refusal].format(low=low, high=high)
