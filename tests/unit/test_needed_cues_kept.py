"""No instruction a user needs is ever dropped: the plan makes room for it, at any rate."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path

import pytest
from support.speech import espeak_missing

from backcoach.content.language_layer import translate_library
from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.model import Routine
from backcoach.session.cues import (
    NEEDED_KINDS,
    OPTIONAL_KINDS,
    Cue,
    CueKind,
    Priority,
    build_cues,
    planned_cues,
)
from backcoach.session.overlap import resolve_overlaps
from backcoach.session.plan import (
    COUNTDOWN_S,
    PlanOptions,
    StepKind,
    Timeline,
    Verbosity,
    get_ready_lines,
    plan_routine,
)
from backcoach.session.words import PAUSE_S
from backcoach.speech.cache import Renderer, SpeechCache, VoiceChoice, measured_lengths
from backcoach.speech.engine import SpeechEngine
from backcoach.speech.schedule import fit_rendered, fit_to_speech, session_cues

RATES = {"slow": 100, "default": 160, "fast": 260}  # words per minute (the setting)
SHORT_RESTS = (0.5, 1.0, 2.0)
MARGIN_S = 1.5  # half a second after the countdown, then rounded up to whole seconds


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


def routines(library: Library) -> Iterator[Routine]:
    """Every built-in routine, and each again with a short rest between exercises."""
    for routine in library.routines.values():
        yield routine
        for rest in SHORT_RESTS:
            yield replace(routine, id=f"{routine.id}-rest-{rest}", rest_between_s=rest)


def lost_and_overlapping(
    timeline: Timeline, kept: list[Cue], length_of: Callable[[str], float]
) -> tuple[list[Cue], list[tuple[Cue, Cue]]]:
    """Needed cues the plan made that are not kept, and kept cues that talk over the next."""
    kept_set = set(kept)
    lost = [cue for cue in planned_cues(timeline) if cue.needed and cue not in kept_set]
    ordered = sorted(kept, key=lambda cue: cue.at)
    overlapping = [
        (a, b) for a, b in itertools.pairwise(ordered) if a.at + length_of(a.text) > b.at + 1e-9
    ]
    return lost, overlapping


def assert_every_line_is_planned(timeline: Timeline, cues: list[Cue]) -> None:
    """Each needed line of each step was made at all (none cut for starting too late)."""
    p = timeline.phrases
    by_step: dict[int, list[Cue]] = {}
    for cue in cues:
        by_step.setdefault(cue.step, []).append(cue)
    for step in timeline.steps:
        own = [cue.text for cue in by_step.get(step.index, [])]
        if step.kind is StepKind.PREPARE:
            item = timeline.items[step.item]
            lines = p.intro_lines(
                item.exercise, item.dose, full=item.full, new_position=item.new_position
            )
            assert [*get_ready_lines(timeline)[: int(step.get_ready)], *lines] == [
                text for text in own if text not in p.countdown
            ], step
        elif step.kind is StepKind.TRANSITION:
            name = timeline.items[step.item].exercise.name
            assert any(name in text for text in own), step
            assert not any("zero" in text for text in own), own
        elif step.kind is StepKind.SWITCH:
            assert own and own[0].startswith("Switch sides"), step
        elif step.kind is StepKind.REST:
            assert len([t for t in own if t not in p.countdown and t != p.halfway]) == 2, own


def test_every_cue_kind_is_needed_or_optional_in_one_place() -> None:
    assert set(CueKind) == NEEDED_KINDS | OPTIONAL_KINDS
    assert not NEEDED_KINDS & OPTIONAL_KINDS
    for kind in (CueKind.INTRO, CueKind.SETUP, CueKind.SWITCH, CueKind.NEXT_UP, CueKind.REST):
        assert kind in NEEDED_KINDS
    for kind in (CueKind.COUNT, CueKind.BREATH, CueKind.HALFWAY, CueKind.ENCOURAGE):
        assert kind in OPTIONAL_KINDS


def test_a_needed_cue_outranks_an_optional_one_of_higher_priority() -> None:
    setup = Cue(0.0, CueKind.SETUP, "Lie on your back and bend your knees.", Priority.NORMAL, 0)
    count = Cue(1.0, CueKind.COUNT, "Two.", Priority.BEAT, 0)
    assert resolve_overlaps([setup, count], lambda cue: 3.0) == [setup]
    tip = Cue(0.0, CueKind.ENCOURAGE, "Nice and slow.", Priority.LOW, 0)
    assert resolve_overlaps([tip, setup], lambda cue: 3.0) == [setup]


@pytest.mark.parametrize("verbosity", list(Verbosity))
@pytest.mark.parametrize("rate", list(RATES))
@pytest.mark.parametrize("get_ready_s", [0.0, 20.0])
def test_no_needed_cue_is_dropped_and_none_overlap(
    library: Library, verbosity: Verbosity, rate: str, get_ready_s: float
) -> None:
    failures = []
    for routine in routines(library):
        options = PlanOptions(verbosity=verbosity, rate_wpm=RATES[rate], get_ready_s=get_ready_s)
        timeline = plan_routine(routine, library.exercises, options)
        kept = build_cues(timeline)
        lost, overlapping = lost_and_overlapping(timeline, kept, timeline.speech_seconds)
        if lost or overlapping:
            failures.append((routine.id, lost[:2], overlapping[:2]))
        assert_every_line_is_planned(timeline, planned_cues(timeline))
    assert failures == []


def slower_voice(factor: float) -> Callable[[list[str]], Mapping[str, float]]:
    """Measured lengths of a voice that is ``factor`` times slower than the estimate, with
    long pauses at commas: what rendering reports, unlike the word count."""

    def render(texts: list[str]) -> Mapping[str, float]:
        return {t: factor * len(t.split()) / 2.5 + 0.4 * t.count(",") + 0.3 for t in texts}

    return render


@pytest.mark.parametrize("factor", [0.7, 1.3])
def test_measured_lengths_refit_the_plan_so_nothing_needed_is_dropped(
    library: Library, factor: float
) -> None:
    for routine in routines(library):
        planned = plan_routine(routine, library.exercises, PlanOptions(get_ready_s=20.0))
        fitted, lengths = fit_rendered(planned, slower_voice(factor))
        assert all(text in lengths for text in {cue.text for cue in planned_cues(fitted)})
        kept = session_cues(fitted, lengths)
        lost, overlapping = lost_and_overlapping(fitted, kept, lengths.__getitem__)
        assert (routine.id, lost, overlapping) == (routine.id, [], [])


def test_without_refitting_measured_lengths_would_drop_a_setup_line(library: Library) -> None:
    # Why the plan is made again: cues placed by estimate collide once really measured.
    planned = plan_routine(library.routines["gentle-start"], library.exercises)
    lengths = slower_voice(1.3)([cue.text for cue in planned_cues(planned)])
    lost, _ = lost_and_overlapping(planned, session_cues(planned, lengths), lengths.__getitem__)
    assert any(cue.kind is CueKind.SETUP for cue in lost)
    fitted = fit_to_speech(planned, lengths)
    assert fitted.steps[0].duration > planned.steps[0].duration


@pytest.mark.parametrize("get_ready_s", [0.0, 5.0, 20.0, 45.0])
def test_the_first_move_comes_after_get_ready_and_the_intro_not_both(
    library: Library, get_ready_s: float
) -> None:
    for routine in library.routines.values():
        options = PlanOptions(get_ready_s=get_ready_s)
        timeline = plan_routine(routine, library.exercises, options)
        cues = build_cues(timeline)
        first = timeline.steps[0]
        assert first.kind is StepKind.PREPARE
        item = timeline.items[0]
        lines = [
            *get_ready_lines(timeline),
            *timeline.phrases.intro_lines(
                item.exercise, item.dose, full=item.full, new_position=item.new_position
            ),
        ]
        said = sum(timeline.speech_seconds(line) + PAUSE_S for line in lines) + COUNTDOWN_S
        floor = options.prepare_floor_change_s  # getting down from standing at the start
        first_move = min(cue.at for cue in cues if cue.step > 0)
        assert first_move >= get_ready_s
        assert first_move <= max(get_ready_s, floor, said) + MARGIN_S, routine.id
        # The intro and setup are said inside the get-ready time, the announcement first.
        own = [cue for cue in cues if cue.step == 0]
        assert {cue.kind for cue in own} >= {CueKind.INTRO}
        if get_ready_s >= 5:
            assert own[0].kind is CueKind.GET_READY and own[0].at == 0.0


def test_german_sessions_keep_their_needed_cues_too(library: Library) -> None:
    german = load_library([built_in_folder()])
    translate_library(german, "de")
    for routine in german.routines.values():
        for rate in RATES.values():
            options = PlanOptions(language="de", rate_wpm=rate, get_ready_s=20.0)
            timeline = plan_routine(routine, german.exercises, options)
            kept = build_cues(timeline)
            lost, overlapping = lost_and_overlapping(timeline, kept, timeline.speech_seconds)
            assert (routine.id, lost, overlapping) == (routine.id, [], [])
            assert any(cue.text.startswith("Mach dich bereit") for cue in kept)


@pytest.mark.skipif(espeak_missing(), reason="libespeak-ng1 is not installed")
def test_real_espeak_lengths_keep_every_needed_cue(library: Library, tmp_path: Path) -> None:
    engine = SpeechEngine()
    try:
        renderer = Renderer(engine, SpeechCache(tmp_path / "speech"), VoiceChoice(rate=160))
        planned = plan_routine(
            library.routines["gentle-start"], library.exercises, PlanOptions(get_ready_s=20.0)
        )
        fitted, lengths = fit_rendered(
            planned, lambda texts: measured_lengths(renderer.render_all(texts))
        )
    finally:
        engine.close()
    kept = session_cues(fitted, lengths)
    lost, overlapping = lost_and_overlapping(fitted, kept, lengths.__getitem__)
    assert (lost, overlapping) == ([], [])
    setups = [cue.text for cue in kept if cue.step == 0 and cue.kind is CueKind.SETUP]
    assert setups[0].startswith("Lie face up on a mat")
