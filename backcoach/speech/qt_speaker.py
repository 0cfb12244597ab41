"""The live Speaker: cues rendered by the engine process, played by a player on its own thread.

Nothing here blocks the GUI thread: rendering and reading WAVs happen on the helper
thread (which itself only waits on the worker process, with timeouts), playback on the
audio thread; results come back as queued Qt signals. When speech turns out to be
impossible the speaker becomes a CaptionSpeaker and says why, once.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from backcoach.session.cues import Cue, CueKind, Priority
from backcoach.speech.cache import CacheFault, Renderer, SpeechCache, VoiceChoice
from backcoach.speech.cache_words import cache_fault_text
from backcoach.speech.captions import CaptionSpeaker
from backcoach.speech.engine import EngineUnavailableError, RenderError, SpeechEngine
from backcoach.speech.pulse_player import PulsePlayer
from backcoach.speech.pulse_stream import PulseError, load_library
from backcoach.speech.speaker import Ready, SpeechListener
from backcoach.speech.voices import Voice, filter_voices
from backcoach.speech.wavfile import verified_clip, wav_seconds
from backcoach.store.paths import AppPaths
from backcoach.store.settings import Settings

if TYPE_CHECKING:
    from backcoach.speech.qt_player import QtPlayer

JOIN_TIMEOUT_S = 2.0
PREVIEW_PRIORITY = 10  # above every cue priority: "test voice" always wins


@dataclass(frozen=True)
class _OnDisk:
    """A rendered cue in the disk cache. Its sound is read when it is spoken (about 0.1 ms
    from the page cache, 100 ms ahead of its time), not held: a session's clips held as
    samples took 6 MiB."""

    path: Path
    seconds: float


@dataclass(frozen=True)
class _Rendered:
    generation: int
    text: str
    clip: _OnDisk | None  # None: this one text failed


class QtSpeaker(QObject):
    _rendered = Signal(object)
    _batch_done = Signal(object)  # a callable to run on the GUI thread
    _unavailable = Signal(str)
    _notice = Signal(object)  # a CacheFault (a full disk, say): told, speech goes on

    def __init__(
        self,
        engine: SpeechEngine,
        cache: SpeechCache,
        choice: VoiceChoice,
        player: PulsePlayer | QtPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._cache = cache
        self._choice = choice
        self._generation = 0  # bumped when the voice changes: late clips of the old one are ignored
        self._clips: dict[str, _OnDisk] = {}
        self._listener = SpeechListener()
        self._listening = False  # a notice before anyone listens is kept for the first one
        self._untold: list[str] = []
        self._captions: CaptionSpeaker | None = None
        self._muted = False
        self._playing: dict[int, Cue] = {}
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._helper = threading.Thread(target=self._work, name="speech-render", daemon=True)
        self._helper.start()
        self._player = player if player is not None else open_player(self)
        self._player.started.connect(self._on_started)
        self._player.ended.connect(self._on_ended)
        self._player.dropped.connect(self._on_dropped)
        self._player.failed.connect(self._fall_back)
        # A session waits for the sound output too (prepare's ready comes after it is
        # open): a stream can take seconds to start, and a cue due before that is dropped.
        self._after_open: list[Callable[[], None]] = []
        self._player.opened.connect(self._run_after_open)
        self._player.start()  # after connecting: a refused connection fails at once
        # Bound slots of this QObject, so emits from the helper thread are queued to ours.
        self._rendered.connect(self._on_rendered)
        self._batch_done.connect(self._run_here)
        self._unavailable.connect(self._fall_back)
        self._notice.connect(self._tell_fault)

    # -- Speaker ------------------------------------------------------------------------

    def listen(self, listener: SpeechListener) -> None:
        self._listener = listener
        self._listening = True
        if self._captions is not None:
            self._captions.listen(listener)
        untold, self._untold = self._untold, []
        for message in untold:
            listener.notice(message)

    def prepare(self, texts: Iterable[str], ready: Ready) -> None:
        if self._captions is not None:
            self._captions.prepare(texts, ready)
            return
        distinct = list(dict.fromkeys(texts))
        missing = [text for text in distinct if text not in self._clips]

        def finished() -> None:
            lengths = {t: self._clips[t].seconds for t in distinct if t in self._clips}
            self._when_output_open(lambda: ready(lengths))

        self._submit_render(missing, finished)

    def speak(self, cue: Cue, at: float) -> None:
        if self._captions is not None:
            self._captions.speak(cue, at)
            return
        if self._muted:
            return
        pcm = self._samples(cue.text)
        if pcm is None:
            # Not rendered (prepare() was skipped or failed for it): drop it now rather
            # than say it late, and render it for the next time it comes up.
            self._listener.cue_dropped(cue)
            self._submit_render([cue.text], lambda: None)
            return
        token = self._player.play(pcm, at, int(cue.priority))
        self._playing[token] = cue

    def _samples(self, text: str) -> bytes | None:
        """The rendered sound of ``text``; None if there is none, or its file went away
        (a cleaned cache): then it is forgotten, so that it is rendered again."""
        found = self._clips.get(text)
        if found is None:
            return None
        try:
            return verified_clip(found.path).pcm  # checked: a bad file is rendered again
        except (OSError, ValueError):
            del self._clips[text]
            return None

    def cancel(self) -> None:
        if self._captions is not None:
            self._captions.cancel()
        self._player.stop()

    def preview(self, text: str) -> None:
        if self._captions is not None:
            self._captions.preview(text)
            return

        def play() -> None:
            pcm = self._samples(text)
            if pcm is not None:
                self._player.stop()
                cue = Cue(0.0, CueKind.INTRO, text, Priority.HIGH, -1)
                self._playing[self._player.play(pcm, time.monotonic(), PREVIEW_PRIORITY)] = cue

        if text in self._clips:
            play()
        else:
            self._submit_render([text], play)

    def set_volume(self, volume: float) -> None:
        self._player.set_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self._player.stop()

    def set_voice(self, choice: VoiceChoice) -> None:
        """A new voice or rate: clips of the old one are forgotten (the disk cache keeps them)."""
        if choice != self._choice:
            self._choice = choice
            self._generation += 1
            self._clips.clear()

    def request_voices(self, language_prefix: str, answer: Callable[[list[Voice]], None]) -> None:
        """The engine's voices for ``language_prefix``, handed to ``answer`` on the GUI thread."""

        def job() -> None:
            voices = filter_voices(self._engine.voices(), language_prefix)
            self._batch_done.emit(lambda: answer(voices))

        self._jobs.put(job)

    def close(self) -> None:
        self._player.stop()
        self._player.close()
        self._jobs.put(None)
        self._engine.close()  # ends any call the helper waits on
        self._helper.join(JOIN_TIMEOUT_S)
        self._cache.close()  # a temporary folder used in place of an unwritable one

    @property
    def speaking(self) -> bool:
        """False once it has fallen back to captions."""
        return self._captions is None

    # -- the helper thread --------------------------------------------------------------

    def _submit_render(self, texts: list[str], finished: Callable[[], None]) -> None:
        generation = self._generation
        renderer = Renderer(self._engine, self._cache, self._choice, report=self._notice.emit)

        def job() -> None:
            try:
                for text in texts:
                    try:
                        path = renderer.render(text)
                        # render() checked that it plays; its length is in the header.
                        clip: _OnDisk | None = _OnDisk(path, wav_seconds(path))
                    except (RenderError, OSError, ValueError):
                        clip = None  # this cue is a caption only; the others still speak
                    self._rendered.emit(_Rendered(generation, text, clip))
            except EngineUnavailableError as error:
                self._unavailable.emit(error.reason)
            except Exception as error:  # a bug here: captions, and the session still starts
                self._unavailable.emit(f"the speech helper failed ({type(error).__name__})")
            # Always: a session waiting for its voice goes on (with captions if it failed).
            self._batch_done.emit(finished)

        self._jobs.put(job)

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job()
            except EngineUnavailableError as error:
                self._unavailable.emit(error.reason)
            except Exception as error:  # a dead helper would mean silence from now on
                self._unavailable.emit(f"the speech helper failed ({type(error).__name__})")

    # -- back on the GUI thread ---------------------------------------------------------

    @Slot(object)
    def _run_here(self, callback: Callable[[], None]) -> None:
        callback()

    @Slot(object)
    def _on_rendered(self, rendered: _Rendered) -> None:
        if rendered.generation == self._generation and rendered.clip is not None:
            self._clips[rendered.text] = rendered.clip

    def _when_output_open(self, callback: Callable[[], None]) -> None:
        if self._player.is_open or self._captions is not None:
            callback()
        else:
            self._after_open.append(callback)

    @Slot()
    def _run_after_open(self) -> None:
        waiting, self._after_open = self._after_open, []
        for callback in waiting:
            callback()

    @Slot(str)
    def _fall_back(self, reason: str) -> None:
        if self._captions is None:
            self._player.stop()
            self._captions = CaptionSpeaker(reason)
            self._captions.listen(self._listener)
            if self._listening:
                self._captions.tell_once()  # otherwise on the first prepare, speak or preview
            self._run_after_open()  # a session waiting for the output goes on, with captions

    @Slot(str)
    @Slot(object)
    def _tell_fault(self, fault: CacheFault) -> None:
        self._tell(cache_fault_text(fault))

    def _tell(self, message: str) -> None:
        if self._listening:
            self._listener.notice(message)
        else:
            self._untold.append(message)

    @Slot(int, float)
    def _on_started(self, token: int, at: float) -> None:
        if (cue := self._playing.get(token)) is not None:
            self._listener.cue_started(cue, at)

    @Slot(int, float, bool)
    def _on_ended(self, token: int, at: float, completed: bool) -> None:
        if (cue := self._playing.pop(token, None)) is not None:
            self._listener.cue_ended(cue, at, completed)

    @Slot(int)
    def _on_dropped(self, token: int) -> None:
        if (cue := self._playing.pop(token, None)) is not None:
            self._listener.cue_dropped(cue)


def open_player(parent: QObject | None = None) -> PulsePlayer | QtPlayer:
    """PulseAudio directly where libpulse is (Linux): QtMultimedia costs about 20 MiB more
    (see pulse_stream.py). Elsewhere (Windows, macOS) QtMultimedia."""
    try:
        load_library()
    except PulseError:
        try:
            from backcoach.speech.qt_player import QtPlayer  # noqa: PLC0415 (only here)
        except ImportError:  # the Linux bundle leaves QtMultimedia out
            return PulsePlayer(parent)  # which fails and says that libpulse is missing
        return QtPlayer(parent)
    return PulsePlayer(parent)


def open_speaker(
    paths: AppPaths, settings: Settings, parent: QObject | None = None, *, language: str = "en"
) -> QtSpeaker:
    """The app's speaker: the live one, falling back to captions (and saying why) when
    there turns out to be no sound output or no speech engine.

    Both are found out on the audio and helper threads, not here: connecting to a sound
    server that hangs must not hang the window.
    """
    speaker = QtSpeaker(
        SpeechEngine(),
        SpeechCache(paths.cache_dir / "speech"),
        VoiceChoice(settings.voice, settings.rate, language),
        parent=parent,
    )
    speaker.set_volume(settings.volume)
    speaker.set_muted(settings.muted)
    return speaker
