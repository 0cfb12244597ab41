"""A caution brought forward by the first-run answers, worded in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.coach.cautions import ForwardCaution
from backcoach.coach.red_flags import HealthCondition
from backcoach.model import Position
from backcoach.ui.wording import condition_meaning, position_label

# Apart from first_run so that the exercise detail and the player's intro, which show
# these, do not load the whole first-run dialog before the window's first showing.


def caution_text(caution: ForwardCaution) -> str:
    """A caution brought forward, in the window's language (ForwardCaution.text in English)."""
    parts = [_position_phrase(caution.position)] if caution.position is not None else []
    parts += [condition_meaning(tag) for tag in caution.tags]
    what = parts[0] if parts else ""
    for part in parts[1:]:
        what = QCoreApplication.translate("Cautions", "{first} and {second}").format(
            first=what, second=part
        )
    if caution.condition is HealthCondition.OSTEOPOROSIS_FRACTURE_STEROIDS:
        return QCoreApplication.translate(
            "Cautions",
            "You told us about osteoporosis, a spinal fracture or long-term steroids, "
            "and this movement {what}: move gently, go only part of the way, "
            "and stop if it hurts.",
        ).format(what=what)
    if caution.condition is HealthCondition.PREGNANCY:
        return QCoreApplication.translate(
            "Cautions",
            "You told us you are pregnant, and this exercise {what}: leave it out "
            "unless your midwife or doctor has said it is fine.",
        ).format(what=what)
    return QCoreApplication.translate(
        "Cautions",
        "You told us you had back surgery recently: do this exercise only once your "
        "surgeon or physiotherapist has said you may.",
    )


def _position_phrase(position: Position) -> str:
    if position is Position.PRONE:
        return QCoreApplication.translate("Cautions", "is done lying face down")
    return QCoreApplication.translate("Cautions", "is done in the position “{position}”").format(
        position=position_label(position)
    )
