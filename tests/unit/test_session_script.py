"""The scripts of real exercises and routines, read as a physiotherapist would."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from backcoach import cli
from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.model import DoseOverride, Routine, RoutineItem, Sides
from backcoach.session.cues import Cue, CueKind, build_cues
from backcoach.session.machine import CueDue, SessionMachine
from backcoach.session.plan import (
    PlanOptions,
    Side,
    StepKind,
    Timeline,
    Verbosity,
    plan_routine,
    single_exercise_routine,
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


def script(
    library: Library,
    *items: tuple[str, DoseOverride],
    rest_between_s: float = 30.0,
    verbosity: Verbosity = Verbosity.FIRST_TIME,
) -> tuple[Timeline, list[Cue]]:
    routine = Routine(
        "test",
        "Test",
        "",
        tuple(RoutineItem(e, o) for e, o in items),
        rest_between_s=rest_between_s,
    )
    timeline = plan_routine(routine, library.exercises, PlanOptions(verbosity=verbosity))
    return timeline, build_cues(timeline)


def said_at_start(timeline: Timeline, cues: list[Cue], **fields: object) -> list[str]:
    """What is said as each step with these fields starts (one entry per step)."""
    at_start = {cue.step: cue.text for cue in cues if cue.at == timeline.steps[cue.step].start}
    return [
        at_start.get(step.index, "")
        for step in timeline.steps
        if all(getattr(step, name) == value for name, value in fields.items())
    ]


def every_session(library: Library) -> list[Routine]:
    return [
        *library.routines.values(),
        *(single_exercise_routine(e) for e in library.exercises.values()),
    ]


@pytest.mark.parametrize("verbosity", list(Verbosity))
def test_every_step_of_every_built_in_session_is_announced(
    library: Library, verbosity: Verbosity
) -> None:
    """No step starts in silence: each rep, hold, switch, rest and exercise has its cue."""
    silent = []
    for routine in every_session(library):
        timeline = plan_routine(routine, library.exercises, PlanOptions(verbosity=verbosity))
        cues = build_cues(timeline)
        starts = {cue.step for cue in cues if cue.at == timeline.steps[cue.step].start}
        silent += [
            (routine.id, step.index, step.kind.value)
            for step in timeline.steps
            if step.index not in starts
        ]
    assert silent == []


def test_the_machine_says_exactly_the_script(library: Library) -> None:
    for routine in every_session(library):
        timeline = plan_routine(routine, library.exercises)
        cues = build_cues(timeline)
        machine = SessionMachine(timeline, cues)
        machine.start(0.0)
        said = [e.cue for e in machine.tick(timeline.total_s + 1) if isinstance(e, CueDue)]
        assert said == cues, routine.id


def test_the_last_rep_has_its_hold_too(library: Library) -> None:
    # "Last one. Breathe out." ran over the 2 s lift and silenced "Hold, keep breathing."
    timeline, cues = script(library, ("pelvic-tilt", DoseOverride(reps=10, hold_s=5)))
    holds = said_at_start(timeline, cues, kind=StepKind.HOLD)
    assert len(holds) == 10 and all(holds)
    counts = said_at_start(timeline, cues, kind=StepKind.MOVE, phase=0)
    assert counts[1] == "Two. Breathe out."
    assert counts[-1] == "Last. Breathe out."


def test_the_guided_rep_says_how_to_come_down_even_after_a_short_hold(library: Library) -> None:
    # A 2 s hold was too short for "Keep it up there, keep breathing.", which then
    # silenced "Breathe in, lower it slowly" in the one rep that explains the movement.
    # The guided hold is now lengthened to say the exercise's own words; later ones keep 2 s.
    timeline, cues = script(library, ("side-lying-leg-lift", DoseOverride(sets=1)))
    guided = said_at_start(timeline, cues, guided=True)
    assert guided == [
        "Breathe out, lift your left leg towards the ceiling",
        "Keep it up there, keep breathing.",
        "Breathe in, lower it slowly",
        "Breathe out, lift your right leg towards the ceiling",
        "Keep it up there, keep breathing.",
        "Breathe in, lower it slowly",
    ]
    holds = [s.duration for s in timeline.steps if s.kind is StepKind.HOLD]
    assert holds[0] > 2.0 and set(holds[1:]) - {holds[0]} == {2.0}


def test_a_long_enough_hold_is_started_with_the_exercises_own_words(library: Library) -> None:
    timeline, cues = script(library, ("bridge", DoseOverride(sets=1, reps=5, hold_s=5)))
    assert said_at_start(timeline, cues, kind=StepKind.HOLD, guided=True) == [
        "Hold at the top, keep breathing."
    ]


def test_each_side_in_sets_starts_every_set_on_the_left_and_says_so(library: Library) -> None:
    timeline, cues = script(library, ("side-lying-leg-lift", DoseOverride(sets=2)))
    texts = [cue.text for cue in cues]
    assert "Switch sides. Turn over to work your right side." in texts
    assert "Last set next. Turn over to start with your left side." in texts
    second_set = said_at_start(timeline, cues, kind=StepKind.MOVE, phase=0, set_no=2, rep_no=1)
    assert second_set == ["Left. Breathe out.", "Right. Breathe out."]
    third = said_at_start(timeline, cues, kind=StepKind.MOVE, phase=0, set_no=2, rep_no=3)
    assert third == ["Three. Breathe out.", "Three. Breathe out."]


def test_standing_switch_needs_no_turning_over(library: Library) -> None:
    timeline, cues = script(library, ("hamstring-stretch", DoseOverride()))
    switches = said_at_start(timeline, cues, kind=StepKind.SWITCH)
    assert switches == ["Switch sides. Now your right side."]
    assert (
        timeline.steps[[s.kind for s in timeline.steps].index(StepKind.SWITCH)].side is Side.RIGHT
    )


def test_alternate_counts_each_pair_on_the_left(library: Library) -> None:
    timeline, cues = script(library, ("bird-dog", DoseOverride(reps=3)))
    counts = said_at_start(timeline, cues, kind=StepKind.MOVE, phase=0)
    assert counts == [
        "Breathe out, raise your left arm and right leg",
        "Breathe out, raise your right arm and left leg",
        "Two, left. Breathe out.",
        "Right. Breathe out.",
        "Last, left. Breathe out.",
        "Right. Breathe out.",  # "Last one, left" is too long
    ]


def test_a_set_of_one_is_not_counted(library: Library) -> None:
    timeline, cues = script(library, ("wall-sit", DoseOverride(sets=3, reps=1, hold_s=20)))
    assert cues[0].text == "Wall sit. Three times, holding twenty seconds."
    later = said_at_start(timeline, cues, kind=StepKind.MOVE, phase=0)[1:]
    assert later == ["Breathe in.", "Breathe in."]
    assert not any(cue.text.startswith("One") for cue in cues if cue.kind is CueKind.COUNT)


def test_a_short_rest_between_exercises_keeps_its_cues_inside_it(library: Library) -> None:
    timeline, cues = script(
        library,
        ("cat-cow", DoseOverride(reps=2)),
        ("bridge", DoseOverride(sets=1, reps=2)),
        rest_between_s=2.0,
    )
    transition = next(s for s in timeline.steps if s.kind is StepKind.TRANSITION)
    own = [cue for cue in cues if cue.step == transition.index]
    # Lengthened to whole seconds until "Next up" fits: the next exercise is named.
    assert [cue.text for cue in own] == ["Well done. Rest for six seconds.", "Next up: Bridge."]
    assert transition.duration == 6.0
    last = own[-1]
    assert last.at + timeline.speech_seconds(last.text) <= transition.end


def test_a_rest_under_a_second_is_not_given_a_length(library: Library) -> None:
    timeline, cues = script(
        library,
        ("cat-cow", DoseOverride(reps=2)),
        ("bridge", DoseOverride(reps=2)),
        rest_between_s=0.5,
    )
    transition = next(s for s in timeline.steps if s.kind is StepKind.TRANSITION)
    own = [cue.text for cue in cues if cue.step == transition.index]
    assert own == ["Well done.", "Next up: Bridge."]
    assert not any("zero" in cue.text for cue in cues)


def test_the_countdown_lands_on_the_second_even_for_odd_lengths(library: Library) -> None:
    timeline, cues = script(library, ("bridge", DoseOverride(sets=1, reps=2, hold_s=7.3333)))
    hold = next(s for s in timeline.steps if s.kind is StepKind.HOLD and not s.guided)
    countdown = [cue.at for cue in cues if cue.step == hold.index and cue.kind is CueKind.COUNTDOWN]
    assert countdown == [pytest.approx(hold.end - k, abs=1e-9) for k in (3, 2, 1)]


def test_timed_activity_script(library: Library) -> None:
    timeline, cues = script(library, ("walking", DoseOverride(duration_s=600)))
    activity = next(s for s in timeline.steps if s.kind is StepKind.ACTIVITY)
    own = [
        (cue.at - activity.start, cue.text)
        for cue in cues
        if cue.step == activity.index
        if cue.kind is not CueKind.ENCOURAGE
    ]
    assert own[0] == (0.0, "Start now. Ten minutes, at an easy pace.")
    assert (300.0, "Halfway. Five minutes to go.") in own
    assert (540.0, "One minute left.") in own
    assert [text for _, text in own[-3:]] == ["Three.", "Two.", "One."]
    assert timeline.total_s == 620.0
    assert cues[-1].text.endswith("one exercise in ten minutes.")


ROUTINE_FILE = """\
id = "json-check"
title = "JSON check"
description = "Two exercises."
rest_between_s = 20

[[items]]
exercise = "cat-cow"
reps = 3

[[items]]
exercise = "bridge"
sets = 1
reps = 3
"""


def test_the_script_json_has_every_field(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "json-check.toml"
    path.write_text(ROUTINE_FILE, encoding="utf-8")
    out = io.StringIO()
    assert cli.main(["script", str(path), "--json"], out=out) == 0
    document = json.loads(out.getvalue())
    assert set(document) == {"routine", "title", "duration_s", "cues"}
    assert (document["routine"], document["title"]) == ("json-check", "JSON check")
    timeline, cues = script(
        library,
        ("cat-cow", DoseOverride(reps=3)),
        ("bridge", DoseOverride(sets=1, reps=3)),
        rest_between_s=20,
    )
    assert document["duration_s"] == timeline.total_s
    rows = document["cues"]
    assert [(r["t"], r["text"]) for r in rows] == [(c.at, c.text) for c in cues]
    assert all(
        set(r) == {"t", "kind", "text", "step", "step_kind", "exercise", "priority", "needed"}
        for r in rows
    )
    assert rows[0] == {
        "t": 0.0,
        "kind": "intro",
        "text": "Cat-cow. Three times.",
        "step": 0,
        "step_kind": "prepare",
        "exercise": "cat-cow",
        "priority": "high",
        "needed": True,
    }
    assert {r["needed"] for r in rows if r["kind"] in ("count", "countdown")} == {False}
    assert {r["priority"] for r in rows} == {"normal", "high", "beat"}
    assert rows[-1]["kind"] == "done" and rows[-1]["exercise"] == ""
    assert {r["exercise"] for r in rows if r["step_kind"] == "transition"} == {"bridge"}


def test_brief_verbosity_gives_name_and_dose_and_the_first_setup_line_on_moving(
    library: Library,
) -> None:
    timeline, cues = script(
        library,
        ("bridge", DoseOverride(sets=1, reps=3)),
        ("bridge", DoseOverride(sets=1, reps=3)),
        verbosity=Verbosity.BRIEF,
    )
    first, second = (
        [c.kind for c in cues if c.step == index and c.kind is not CueKind.COUNTDOWN]
        for index in (s.index for s in timeline.steps if s.kind is StepKind.PREPARE)
    )
    assert first == [CueKind.INTRO, CueKind.SETUP]  # just down on the floor: how to lie
    assert second == [CueKind.INTRO]
    # First time: the setup in full the first time only.
    timeline, cues = script(
        library, ("bridge", DoseOverride(sets=1, reps=3)), ("bridge", DoseOverride(sets=1, reps=3))
    )
    kinds: list[list[CueKind]] = [
        [c.kind for c in cues if c.step == i]
        for i in (s.index for s in timeline.steps if s.kind is StepKind.PREPARE)
    ]
    assert kinds[0].count(CueKind.SETUP) == 3 and kinds[1].count(CueKind.SETUP) == 0
    assert Sides.NONE is timeline.items[0].dose.sides
