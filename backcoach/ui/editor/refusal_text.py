"""Why the routine editor refused a value, in the user's words and language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.content.routine_draft import Checked, Refusal

_CONTEXT = "RoutineEditor"


def refusal_text(checked: Checked) -> str:
    """The reason shown under a field; empty when the value was taken."""
    if checked.refusal is None:
        return ""
    low, high = f"{checked.low:g}", f"{checked.high:g}"
    tr = QCoreApplication.translate
    texts = {
        Refusal.NOT_A_NUMBER: tr(_CONTEXT, "Not a number: type one from {low} to {high}."),
        Refusal.NOT_WHOLE: tr(_CONTEXT, "A whole number, please ({low} to {high})."),
        Refusal.OUT_OF_RANGE: tr(_CONTEXT, "Must be from {low} to {high}."),
        Refusal.TIMED_ACTIVITY: tr(
            _CONTEXT, "Not for a timed activity: change its duration instead."
        ),
        Refusal.NOT_TIMED: tr(_CONTEXT, "Only a timed activity has a duration."),
        Refusal.NO_HOLD: tr(_CONTEXT, "This exercise has no hold."),
        Refusal.SIDED: tr(_CONTEXT, "This exercise is done on each side."),
        Refusal.EMPTY: tr(_CONTEXT, "Must not be empty."),
        Refusal.TOO_LONG: tr(_CONTEXT, "Too long: at most {high} characters."),
    }
    return texts[checked.refusal].format(low=low, high=high)
