"""The session fitted to its voice: planned again with each rendered cue's measured length."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from backcoach.session.cues import Cue, planned_cues
from backcoach.session.overlap import resolve_overlaps
from backcoach.session.plan import Timeline, replan

__all__ = ["distinct_texts", "fit_rendered", "fit_to_speech", "planned_cues", "session_cues"]

FIT_ROUNDS = 4  # new texts after a re-plan ("Rest for seven seconds") are rendered again


def distinct_texts(cues: list[Cue]) -> list[str]:
    return list(dict.fromkeys(cue.text for cue in cues))


def fit_to_speech(timeline: Timeline, lengths: Mapping[str, float]) -> Timeline:
    """The same session planned again with the measured lengths: every step is long
    enough for what the voice really says in it, so no needed cue has to be dropped."""
    merged = {**timeline.options.measured, **lengths}
    return replan(timeline, measured=MappingProxyType(merged))


def fit_rendered(
    timeline: Timeline, render: Callable[[list[str]], Mapping[str, float]]
) -> tuple[Timeline, dict[str, float]]:
    """Renders every text of the session, re-plans with the lengths, and renders again the
    texts the new plan brought (a longer rest is said with another number) until none are
    new. Returns the fitted timeline and every measured length (for export-audio)."""
    lengths: dict[str, float] = {}
    asked: set[str] = set()
    fitted = timeline
    for _ in range(FIT_ROUNDS):
        texts = [t for t in distinct_texts(planned_cues(fitted)) if t not in asked]
        if not texts:
            break
        asked.update(texts)
        lengths.update(render(texts))
        fitted = fit_to_speech(timeline, lengths)
    return fitted, lengths


def session_cues(timeline: Timeline, lengths: Mapping[str, float]) -> list[Cue]:
    """What the machine gets: the less important of two overlapping cues dropped, using the
    rendered length of each text (the timeline's own length for any text not rendered).
    Give it a timeline fitted with the same lengths, or a needed cue may still collide.

    It starts from all planned cues, not build_cues(): that one already dropped cues by
    word-count estimate, and a measured length could not bring them back."""
    return resolve_overlaps(
        planned_cues(timeline),
        lambda cue: lengths.get(cue.text, timeline.speech_seconds(cue.text)),
    )
