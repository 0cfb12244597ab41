"""The speech side of a session with the recording speaker: what is said, dropped, hushed."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

import pytest

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.session.cues import Cue, CueKind, Priority, build_cues
from backcoach.session.machine import CueDue, SessionMachine, State
from backcoach.session.plan import Timeline, plan_routine
from backcoach.speech.recording import RecordingSpeaker
from backcoach.speech.schedule import distinct_texts, planned_cues, session_cues
from backcoach.speech.session_voice import LEAD_S, SessionVoice, prepare_session, upcoming

START = 500.0


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


@pytest.fixture(scope="module")
def timeline(library: Library) -> Timeline:
    return plan_routine(library.routines["gentle-start"], library.exercises)


def run(
    voice: SessionVoice,
    until: float,
    step: float = 0.04,
    start: float = START,
) -> list[CueDue]:
    """Ticks the machine like the Qt driver does (at least every 40 ms) on a fake clock."""
    due: list[CueDue] = []
    now = start
    while now <= until:
        events = voice.machine.tick(now)
        voice.follow(events, now)
        due += [event for event in events if isinstance(event, CueDue)]
        now = round(now + step, 6)
    return due


def command(voice: SessionVoice, name: str, now: float) -> None:
    """A user's command as the player gives it: to the machine, then hush the voice."""
    getattr(voice.machine, name)(now)
    voice.hush()


def prepared(
    timeline: Timeline, lengths: Mapping[str, float]
) -> tuple[SessionVoice, RecordingSpeaker]:
    speaker = RecordingSpeaker(lengths=lengths)
    machines: list[SessionMachine] = []
    prepare_session(timeline, speaker, machines.append)
    voice = SessionVoice(machines[0], speaker)
    voice.machine.start(START)
    return voice, speaker


def test_prepare_renders_every_distinct_text_once_before_the_session(timeline: Timeline) -> None:
    speaker = RecordingSpeaker()
    machines: list[SessionMachine] = []
    prepare_session(timeline, speaker, machines.append)
    assert speaker.prepared == distinct_texts(planned_cues(timeline))
    assert len(set(speaker.prepared)) == len(speaker.prepared)
    assert machines[0].state is State.READY and speaker.said == []


def test_every_cue_is_handed_over_ahead_with_its_exact_due_time(timeline: Timeline) -> None:
    voice, speaker = prepared(timeline, {})
    due = run(voice, START + 130)
    assert [s.cue for s in speaker.said] == [event.cue for event in due]
    assert [s.at for s in speaker.said] == [event.due for event in due]
    assert [s.at for s in speaker.said] == [START + s.cue.at for s in speaker.said]
    # With estimated lengths the spoken cues are exactly the script's.
    script = [cue for cue in build_cues(timeline) if cue.at <= 130]
    assert [s.cue for s in speaker.said] == script
    assert speaker.texts[:4] == [script[0].text, script[1].text, script[2].text, "Three."]


def test_measured_lengths_decide_what_overlaps() -> None:
    def cue(at: float, text: str, priority: Priority) -> Cue:
        return Cue(at, CueKind.SETUP, text, priority, 0)

    long_setup = cue(0.0, "Lie down and get comfortable on the mat.", Priority.NORMAL)
    beat = cue(2.0, "Three.", Priority.BEAT)
    tip = cue(2.5, "Breathe.", Priority.LOW)
    cues = [long_setup, beat, tip]

    def resolve(lengths: dict[str, float]) -> list[Cue]:
        from backcoach.session.overlap import resolve_overlaps  # noqa: PLC0415

        return resolve_overlaps(cues, lambda c: lengths.get(c.text, c.estimated_s))

    # By the estimate (8 words: 3.7 s) the setup runs into the beat and is dropped ...
    assert long_setup.estimated_s > 2.0
    assert resolve({}) == [beat]
    # ... rendered, it takes 1.9 s, so both are said; the tip still overlaps the beat.
    assert resolve({long_setup.text: 1.9, "Three.": 0.6}) == [long_setup, beat]
    # A beat rendered short leaves room for the tip after it: nothing is pushed later.
    assert resolve({long_setup.text: 1.9, "Three.": 0.4}) == [long_setup, beat, tip]


def test_session_cues_use_measured_lengths_and_never_move_a_cue(timeline: Timeline) -> None:
    estimated = session_cues(timeline, {})
    assert estimated == build_cues(timeline)
    # Rendered speech is shorter than the estimate: nothing more is dropped.
    short = dict.fromkeys(distinct_texts(planned_cues(timeline)), 0.3)
    assert set(estimated) <= set(session_cues(timeline, short))
    # Rendered speech far longer: the less important cues go, the beats stay, none moves.
    long = dict.fromkeys(distinct_texts(planned_cues(timeline)), 4.0)
    kept = session_cues(timeline, long)
    assert len(kept) < len(estimated)
    planned_at = {(c.text, c.at) for c in planned_cues(timeline)}
    assert all((c.text, c.at) in planned_at for c in kept)
    for first, second in itertools.pairwise(kept):
        assert first.at + 4.0 <= second.at or first.at == second.at


def test_dropped_cues_are_never_spoken(timeline: Timeline) -> None:
    long = dict.fromkeys(distinct_texts(planned_cues(timeline)), 4.0)
    voice, speaker = prepared(timeline, long)
    run(voice, START + 130)
    kept = {c for c in session_cues(timeline, long) if c.at <= 130}
    assert {s.cue for s in speaker.said} == kept
    dropped = {c for c in planned_cues(timeline) if c.at <= 130} - kept
    assert dropped and not dropped & {s.cue for s in speaker.said}


def test_a_cue_is_handed_over_once_and_before_it_is_due(timeline: Timeline) -> None:
    voice, speaker = prepared(timeline, {})
    now = START
    first_seen: dict[int, float] = {}
    while now <= START + 60:
        voice.follow(voice.machine.tick(now), now)
        for said in speaker.said:
            first_seen.setdefault(id(said.cue), now)
        now = round(now + 0.04, 6)
    handed = {id(s.cue) for s in speaker.said}
    assert len(handed) == len(speaker.said)  # never twice
    early = [s.at - first_seen[id(s.cue)] for s in speaker.said if s.cue.at > 0]
    assert min(early) >= LEAD_S - 0.04 - 1e-9  # each at least 60 ms ahead of its moment


def test_looking_ahead_leaves_the_machine_as_it_was(timeline: Timeline) -> None:
    voice, _ = prepared(timeline, {})
    machine = voice.machine
    machine.tick(START + 19.95)
    before = (machine.step.index, machine.next_deadline(), machine.position(START + 19.95))
    ahead = upcoming(machine, START + 19.95, 0.1)
    assert [e.cue.text for e in ahead] == ["Three."]
    assert (machine.step.index, machine.next_deadline(), machine.position(START + 19.95)) == before
    assert [e.cue for e in machine.tick(START + 20.0) if isinstance(e, CueDue)] == [ahead[0].cue]
    assert upcoming(machine, START + 20.1, 0.1) == []  # nothing due in that window


@pytest.mark.parametrize("name", ["pause", "skip", "back", "repeat", "stop"])
def test_jumps_silence_what_plays_and_what_is_scheduled(timeline: Timeline, name: str) -> None:
    voice, speaker = prepared(timeline, {})
    run(voice, START + 0.5)  # the intro has just begun
    assert speaker.pending(START + 0.5)
    command(voice, name, START + 0.5)
    assert speaker.cancels == 1
    assert speaker.pending(START + 0.5) == []


def test_after_a_skip_only_the_new_steps_cues_come(timeline: Timeline) -> None:
    voice, speaker = prepared(timeline, {})
    run(voice, START + 1.0)
    command(voice, "skip", START + 1.0)
    said_before = len(speaker.said)
    run(voice, START + 1.0, start=START + 1.0)
    new = speaker.said[said_before:]
    skipped_to = voice.machine.step.index
    assert new and all(s.cue.step == skipped_to for s in new)
    assert all(s.at >= START + 1.0 - 1e-9 for s in new)


def test_back_says_the_same_cues_again(timeline: Timeline) -> None:
    voice, speaker = prepared(timeline, {})
    run(voice, START + 1.0)
    command(voice, "back", START + 1.0)
    run(voice, START + 1.5, start=START + 1.0)
    assert speaker.texts.count(speaker.texts[0]) == 2


def test_pause_then_resume_speaks_the_rest_later_not_twice(timeline: Timeline) -> None:
    voice, speaker = prepared(timeline, {})
    run(voice, START + 10)
    command(voice, "pause", START + 10)
    count = len(speaker.said)
    run(voice, START + 40, start=START + 10)
    assert len(speaker.said) == count  # nothing while paused
    voice.machine.resume(START + 40)
    run(voice, START + 50, start=START + 40)
    assert speaker.said[count].at == pytest.approx(START + 30 + speaker.said[count].cue.at)
    texts = speaker.texts
    assert len(texts) == len(set(zip(texts, [s.cue.at for s in speaker.said], strict=True)))


def test_stop_at_the_end_of_a_finished_session_needs_no_cancel(timeline: Timeline) -> None:
    voice, speaker = prepared(timeline, {})
    run(voice, START + timeline.total_s + 1, step=0.04)
    assert voice.machine.state is State.FINISHED
    assert speaker.cancels == 0
    assert speaker.texts[-1].startswith("Well done") or speaker.said[-1].cue.kind is CueKind.DONE
