"""What the main window needs to run sessions, built by the composition root (or a test)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backcoach.session.cues import Cue
from backcoach.speech.speaker import Ready, Speaker, SpeechListener
from backcoach.store.history import HistoryStore, utc_now
from backcoach.store.paths import AppPaths

if TYPE_CHECKING:  # the protocol only: the D-Bus side loads when a session needs it
    from backcoach.speech.cache import VoiceChoice
    from backcoach.speech.voices import Voice
    from backcoach.ui.desktop.screensaver import ScreenKeeper
    from backcoach.ui.player.settings import SettingsKeeper
    from backcoach.ui.reminders.keeper import PlanKeeper


@dataclass
class SessionServices:
    speaker: Speaker
    settings: SettingsKeeper
    screen: ScreenKeeper
    clock: Callable[[], float] = time.monotonic  # the session's clock; tests pass a fake one
    full_screen: bool = True  # the floor view fills the screen (tests use a plain window)
    language: str = "en"  # of the content and the spoken cues, as loaded at start
    # Sessions, check-ins and the first-run answers; tests get one that is never saved.
    history: HistoryStore = field(default_factory=HistoryStore.in_memory_only)
    wall_clock: Callable[[], datetime] = utc_now  # the history's dates (aware, UTC)
    # Where an accepted progression writes the user's copy of a routine (None: no offers).
    routines_dir: Path | None = None
    # The user's folders, for File > Import... and Export... (None: no such entries).
    content_paths: AppPaths | None = None
    # The user's own exercises (None: no "New exercise..." in the window).
    exercises_dir: Path | None = None
    # The plan and its reminders (None: no "Plan and reminders" entry, as in most tests).
    plan: PlanKeeper | None = None


class LazySpeaker:
    """A speaker opened on first use, or when ``open()`` is called (the app does so once
    the window is on screen): opening the live one starts threads, a sound stream and the
    speech worker, which the first sight of the window need not wait for.

    Until then it keeps what it is told that needs no voice (listener, volume, mute,
    voice) and hands it on when it opens; ``cancel`` and ``close`` open nothing."""

    def __init__(self, open_speaker: Callable[[], Speaker]) -> None:
        self._open = open_speaker
        self._speaker: Speaker | None = None
        self._listener: SpeechListener | None = None
        self._volume: float | None = None
        self._muted: bool | None = None
        self._voice: VoiceChoice | None = None

    @property
    def is_open(self) -> bool:
        return self._speaker is not None

    def open(self) -> Speaker:
        if self._speaker is None:
            speaker = self._speaker = self._open()
            if self._listener is not None:
                speaker.listen(self._listener)
            if self._volume is not None:
                speaker.set_volume(self._volume)
            if self._muted is not None:
                speaker.set_muted(self._muted)
            if self._voice is not None and hasattr(speaker, "set_voice"):
                speaker.set_voice(self._voice)
        return self._speaker

    # -- Speaker ------------------------------------------------------------------------

    def listen(self, listener: SpeechListener) -> None:
        self._listener = listener
        if self._speaker is not None:
            self._speaker.listen(listener)

    def prepare(self, texts: Iterable[str], ready: Ready) -> None:
        self.open().prepare(texts, ready)

    def speak(self, cue: Cue, at: float) -> None:
        self.open().speak(cue, at)

    def cancel(self) -> None:
        if self._speaker is not None:  # nothing said yet, nothing to hush
            self._speaker.cancel()

    def preview(self, text: str) -> None:
        self.open().preview(text)

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._speaker is not None:
            self._speaker.set_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._speaker is not None:
            self._speaker.set_muted(muted)

    def close(self) -> None:
        if self._speaker is not None:
            self._speaker.close()

    # -- what the live speaker offers beyond that (control.VoiceChooser, VoiceLister) ---

    def set_voice(self, choice: VoiceChoice) -> None:
        self._voice = choice
        if self._speaker is not None and hasattr(self._speaker, "set_voice"):
            self._speaker.set_voice(choice)

    def request_voices(self, language_prefix: str, answer: Callable[[list[Voice]], None]) -> None:
        speaker = self.open()
        if hasattr(speaker, "request_voices"):
            speaker.request_voices(language_prefix, answer)
        else:
            answer([])  # a caption speaker knows no voices

    def __getattr__(self, name: str) -> Any:
        """Anything else the opened speaker has (e.g. QtSpeaker.speaking)."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.open(), name)
