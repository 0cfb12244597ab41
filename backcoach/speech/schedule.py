"""The session's cue list with overlaps resolved by the measured length of each rendered cue."""

from __future__ import annotations

from collections.abc import Mapping

from backcoach.session.cues import Cue, planned_cues
from backcoach.session.overlap import resolve_overlaps
from backcoach.session.plan import Timeline

__all__ = ["distinct_texts", "planned_cues", "session_cues"]


def distinct_texts(cues: list[Cue]) -> list[str]:
    return list(dict.fromkeys(cue.text for cue in cues))


def session_cues(timeline: Timeline, lengths: Mapping[str, float]) -> list[Cue]:
    """What the machine gets: the less important of two overlapping cues dropped, using the
    rendered length of each text (the estimate for any text not rendered).

    It starts from all planned cues, not build_cues(): that one already dropped cues by
    word-count estimate, and a measured length could not bring them back."""
    return resolve_overlaps(
        planned_cues(timeline), lambda cue: lengths.get(cue.text, cue.estimated_s)
    )
