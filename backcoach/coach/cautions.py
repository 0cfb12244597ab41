"""The cautions an exercise shows first for this user's conditions (osteoporosis, pregnancy...)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from backcoach.coach.red_flags import HealthCondition, caution_rule, profile_conditions
from backcoach.model import Condition, Exercise, Position
from backcoach.store.history import SafetyProfile


@dataclass(frozen=True)
class ForwardCaution:
    """Why an exercise needs care for one of the user's conditions: the exercise's tags
    that matched, and its position when that matched. ``text`` is the English line; the
    window words its own from these fields (backcoach.ui.safety.caution_words.caution_text)."""

    condition: HealthCondition
    tags: tuple[Condition, ...]  # sorted, so the words come out the same every time
    position: Position | None = None

    @property
    def text(self) -> str:
        what = _what(self.tags, self.position)
        if self.condition is HealthCondition.OSTEOPOROSIS_FRACTURE_STEROIDS:
            return (
                "You told us about osteoporosis, a spinal fracture or long-term steroids, "
                f"and this movement {what}: move gently, go only part of the way, "
                "and stop if it hurts."
            )
        if self.condition is HealthCondition.PREGNANCY:
            return (
                f"You told us you are pregnant, and this exercise {what}: leave it out "
                "unless your midwife or doctor has said it is fine."
            )
        return (
            "You told us you had back surgery recently: do this exercise only once your "
            "surgeon or physiotherapist has said you may."
        )


def _what(tags: tuple[Condition, ...], position: Position | None) -> str:
    parts = [f"is done {position.label.lower()}"] if position is not None else []
    parts += [tag.meaning for tag in tags]
    return " and ".join(parts)


def cautions_first(profile: SafetyProfile | None, exercise: Exercise) -> tuple[ForwardCaution, ...]:
    """The cautions to show before the exercise's own, one per condition that applies."""
    found = []
    for condition in profile_conditions(profile):
        rule = caution_rule(condition)
        tags = tuple(sorted(rule.tags & exercise.conditions))
        position = exercise.position if exercise.position in rule.positions else None
        if tags or position is not None:
            found.append(ForwardCaution(condition, tags, position))
    return tuple(found)


def caution_lines(profile: SafetyProfile | None, exercise: Exercise) -> tuple[str, ...]:
    """The same cautions as English lines (the command line, tests, logs)."""
    return tuple(caution.text for caution in cautions_first(profile, exercise))


def caution_items_html(lines: Iterable[str]) -> str:
    """Lines as bold list items, escaped, to go first in an exercise's caution list."""
    return "".join(f"<li><b>{escape(line)}</b></li>" for line in lines)
