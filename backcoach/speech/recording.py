"""A Speaker for tests: keeps what it was asked to say and when, and every cancel."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from backcoach.session.cues import Cue
from backcoach.session.words import speech_seconds
from backcoach.speech.speaker import Ready, SpeechListener


@dataclass(frozen=True)
class Said:
    cue: Cue
    at: float


@dataclass
class RecordingSpeaker:
    """Instant and silent. ``lengths`` stands in for rendered lengths (text -> seconds).

    A cue counts as playing from ``at`` for its length (the estimate if not in
    ``lengths``); ``pending(now)`` is what would still be heard or is yet to start.
    """

    lengths: Mapping[str, float] = field(default_factory=dict)
    said: list[Said] = field(default_factory=list)
    cancels: int = 0
    prepared: list[str] = field(default_factory=list)
    previews: list[str] = field(default_factory=list)
    volume: float = 1.0
    muted: bool = False
    closed: bool = False
    _active: list[Said] = field(default_factory=list)
    _listener: SpeechListener = field(default_factory=SpeechListener)

    def listen(self, listener: SpeechListener) -> None:
        self._listener = listener

    def prepare(self, texts: Iterable[str], ready: Ready) -> None:
        distinct = list(dict.fromkeys(texts))
        self.prepared.extend(distinct)
        ready({text: self.length_of(text) for text in distinct})

    def length_of(self, text: str) -> float:
        return self.lengths.get(text, speech_seconds(text))

    def speak(self, cue: Cue, at: float) -> None:
        self.said.append(Said(cue, at))
        self._active.append(Said(cue, at))
        self._listener.cue_started(cue, at)

    def pending(self, now: float) -> list[Said]:
        return [s for s in self._active if s.at + self.length_of(s.cue.text) > now]

    def cancel(self) -> None:
        self.cancels += 1
        self._active.clear()

    def preview(self, text: str) -> None:
        self.previews.append(text)

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def close(self) -> None:
        self.closed = True

    @property
    def texts(self) -> list[str]:
        return [s.cue.text for s in self.said]
