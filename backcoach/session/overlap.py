"""Keeps cues from talking over each other: the more important one wins, none is delayed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcoach.session.cues import Cue


def resolve_overlaps(cues: Sequence[Cue], length_of: Callable[[Cue], float]) -> list[Cue]:
    """Drops every cue that would overlap a more important one (cues in time order).

    A needed cue (``Cue.needed``) outranks every optional one, whatever their priorities:
    a count may be lost, an instruction may not; between two alike the higher priority
    wins. Of two overlapping cues of equal rank the earlier one stays: it was promised
    first, and saying the later one late would break the beat. The plan makes room for
    every needed cue, so two needed cues do not meet. ``length_of`` is an estimate for
    the script and the measured audio length for the live speaker.
    """
    kept: list[Cue] = []
    for cue in cues:
        while kept and kept[-1].at + length_of(kept[-1]) > cue.at:
            if _rank(cue) > _rank(kept[-1]):
                kept.pop()
            else:
                break
        else:
            kept.append(cue)
    return kept


def _rank(cue: Cue) -> tuple[bool, int]:
    return cue.needed, cue.priority
