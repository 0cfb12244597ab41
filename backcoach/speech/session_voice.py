"""Joins a running session to a speaker: cues are handed over shortly before they are due.

Sound takes time to come out (the server's buffer and the sink's latency, about 20 ms
through PulseAudio, measured), so a cue handed to the speaker at its due time is heard
late. SessionVoice looks ``lead_s`` ahead on a throw-away copy of the machine and
hands each cue over early with its exact due time; the speaker then starts it so that
it is *heard* on time. A cue the look-ahead did not see (a jump just happened) is
handed over when the machine says it is due, as before.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable

from backcoach.session.machine import CueDue, Event, SessionMachine, State
from backcoach.session.plan import Timeline
from backcoach.speech.schedule import distinct_texts, planned_cues, session_cues
from backcoach.speech.speaker import Speaker

# The Qt session driver ticks at least every 40 ms: a cue is then seen at least
# 100 - 40 = 60 ms before it is due, more than the output latency it has to absorb.
LEAD_S = 0.1


def prepare_session(
    timeline: Timeline, speaker: Speaker, ready: Callable[[SessionMachine], None]
) -> None:
    """Renders every cue text (call it when the get-ready countdown starts), then hands
    ``ready`` a machine whose cues were resolved with the measured lengths."""
    texts = distinct_texts(planned_cues(timeline))
    speaker.prepare(
        texts, lambda lengths: ready(SessionMachine(timeline, session_cues(timeline, lengths)))
    )


def upcoming(machine: SessionMachine, now: float, horizon_s: float) -> list[CueDue]:
    """The cues the machine will say in (now, now + horizon_s], without touching it."""
    if machine.state is not State.RUNNING:
        return []
    deadline = machine.next_deadline()
    if deadline is None or deadline > now + horizon_s:
        return []  # the common case, and it costs nothing
    # A copy sharing the immutable plan: ~40 us even deep into an hour-long session.
    ghost = copy.deepcopy(
        machine, {id(machine.timeline): machine.timeline, id(machine.cues): machine.cues}
    )
    return [event for event in ghost.tick(now + horizon_s) if isinstance(event, CueDue)]


class SessionVoice:
    """Wire it to the session driver: ``cue_due`` on every CueDue, ``look_ahead`` after
    every tick, ``hush`` after every command that jumps or stops (pause, skip, back,
    repeat, stop, extending a rest): a cue belongs to a moment, and after a jump its
    moment has gone. ``follow`` does the first two for a list of events."""

    def __init__(self, machine: SessionMachine, speaker: Speaker, lead_s: float = LEAD_S) -> None:
        self.machine = machine
        self.speaker = speaker
        self.lead_s = lead_s
        self._handed: set[tuple[int, float]] = set()  # (id of the cue, its due time)

    def _hand_over(self, event: CueDue) -> None:
        key = (id(event.cue), event.due)
        if key not in self._handed:
            self._handed.add(key)
            self.speaker.speak(event.cue, event.due)

    def cue_due(self, event: CueDue) -> None:
        self._hand_over(event)

    def look_ahead(self, now: float) -> None:
        for event in upcoming(self.machine, now, self.lead_s):
            self._hand_over(event)

    def follow(self, events: Iterable[Event], now: float) -> None:
        for event in events:
            if isinstance(event, CueDue):
                self.cue_due(event)
        self.look_ahead(now)

    def hush(self) -> None:
        # Due times after a jump differ from those handed over, so the same cue said
        # again later (after back or repeat) is handed over again.
        self.speaker.cancel()
        self._handed.clear()
