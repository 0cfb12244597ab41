"""The voice of last resort: says nothing, lets the screen's captions carry the session,
and tells the user once why there is no voice and how to get one."""

from __future__ import annotations

import time
from collections.abc import Iterable

from backcoach.session.cues import Cue
from backcoach.speech.speaker import Ready, SpeechListener


def no_voice_message(reason: str) -> str:
    return f"No voice: {reason}. The session shows every cue on screen instead."


class CaptionSpeaker:
    """Reports each cue as started when due and ended when the next one comes (or on
    cancel), so the screen can show it as a caption for as long as it applies."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        self._listener = SpeechListener()
        self._told = False
        self._showing: tuple[Cue, float] | None = None

    def listen(self, listener: SpeechListener) -> None:
        self._listener = listener

    def tell_once(self) -> None:
        if not self._told:
            self._told = True
            self._listener.notice(no_voice_message(self.reason))

    def prepare(self, texts: Iterable[str], ready: Ready) -> None:
        self.tell_once()
        ready({})  # nothing is rendered: every cue keeps its estimated length

    def speak(self, cue: Cue, at: float) -> None:
        self.tell_once()
        self._end(at, completed=True)
        self._showing = (cue, at)
        self._listener.cue_started(cue, at)

    def cancel(self) -> None:
        self._end(time.monotonic(), completed=False)

    def _end(self, at: float, completed: bool) -> None:
        if self._showing is not None:
            cue, _ = self._showing
            self._showing = None
            self._listener.cue_ended(cue, at, completed)

    def preview(self, text: str) -> None:
        self.tell_once()

    def set_volume(self, volume: float) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        pass

    def close(self) -> None:
        self._showing = None
