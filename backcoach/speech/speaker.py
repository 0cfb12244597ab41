"""What the session needs from a voice: say a cue at a moment, hush at once, report back."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

from backcoach.session.cues import Cue

# Called once every text of a prepare() is ready: the measured length of each (seconds)
# for those that were rendered; a text missing from it falls back to its estimate.
Ready = Callable[[Mapping[str, float]], None]

# Why a live speaker falls back to captions when no player can open a sound output.
NO_OUTPUT = (
    "no sound output was found (backcoach plays speech through PulseAudio or "
    "PipeWire; is one running?)"
)


class SpeechListener:
    """Hears what a speaker did. Times are on the session's monotonic clock.

    A plain class with do-nothing methods, so a listener overrides only what it needs.
    """

    def cue_started(self, cue: Cue, at: float) -> None:
        """``cue`` is heard from ``at``."""

    def cue_ended(self, cue: Cue, at: float, completed: bool) -> None:
        """``cue`` went quiet at ``at``: it finished, or was cut (``completed`` False)."""

    def cue_dropped(self, cue: Cue) -> None:
        """``cue`` was not said: a more important one was playing, or it was never ready."""

    def notice(self, message: str) -> None:
        """Something the user must be told once, in plain words (e.g. why there is no voice)."""


class Speaker(Protocol):
    """The session's voice. Every method returns at once; the work happens elsewhere.

    ``speak`` plays ``cue`` from the moment ``at`` (time.monotonic() seconds): at once
    if that is now or past, sample-exact if it is still ahead. A cue due while a more
    important one (or one as important) is still playing is dropped, never delayed; a
    more important cue cuts a less important one.
    """

    def listen(self, listener: SpeechListener) -> None: ...

    def prepare(self, texts: Iterable[str], ready: Ready) -> None:
        """Renders every text ahead of the session (during its get-ready countdown)."""

    def speak(self, cue: Cue, at: float) -> None: ...

    def cancel(self) -> None:
        """Silences what is playing and forgets what is scheduled, within 100 ms."""

    def preview(self, text: str) -> None:
        """Says ``text`` now, whatever plays: the settings' "test voice"."""

    def set_volume(self, volume: float) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def close(self) -> None: ...
