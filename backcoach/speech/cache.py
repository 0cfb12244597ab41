"""Rendered cues on disk, keyed by what changes the sound, so a repeated session renders nothing."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
import weakref

# BLAKE2 straight from CPython's own module: hashlib would also load OpenSSL's libcrypto
# (3.3 MiB resident, measured) for nothing else in the app.
from _blake2 import blake2b
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from backcoach.speech.engine import EngineUnavailableError, FolderError, RenderError, SpeechEngine
from backcoach.speech.wavfile import BadWavError, wav_seconds

# Bump when rendering changes (trim rule, engine options): old files are then ignored.
CACHE_VERSION = 1


@dataclass(frozen=True)
class VoiceChoice:
    """What the sound depends on; volume is applied at playback so it is not here."""

    voice: str = ""  # an engine voice id; "" lets the engine pick the language's default
    rate: int = 160  # words per minute
    language: str = "en"  # of the text: a voice that cannot speak it is not used


class SpeechCache:
    """Rendered cues kept on disk in ``home`` (AppPaths.cache_dir / "speech"). When home
    cannot be written, new renders go to a private temporary folder for the rest of this
    run (``folder``), removed by close(), or with the cache object, or at exit."""

    def __init__(self, folder: Path, spill_root: Path | None = None) -> None:
        self.home = folder
        self.folder = folder  # where new renders go: home, or the temporary folder
        self._spill_root = spill_root  # where the temporary folder is made (None: the system's)
        self._remove_spill: weakref.finalize[[Path], SpeechCache] | None = None
        self._told: set[str] = set()

    def path_for(self, text: str, choice: VoiceChoice) -> Path:
        """Where a render of ``text`` goes now."""
        return self.folder / _key(text, choice)

    def candidates(self, text: str, choice: VoiceChoice) -> list[Path]:
        """Where a render of ``text`` may already be: the temporary folder, then home (a
        read-only cache still serves what it holds)."""
        key = _key(text, choice)
        if self.folder == self.home:
            return [self.home / key]
        return [self.folder / key, self.home / key]

    @property
    def spilled(self) -> bool:
        return self._remove_spill is not None

    def spill(self) -> Path:
        """Sends new renders to a private temporary folder; raises OSError if none can be made."""
        if self._remove_spill is None:
            if self._spill_root is not None:
                self._spill_root.mkdir(parents=True, exist_ok=True)
            made = Path(tempfile.mkdtemp(prefix="backcoach-speech-", dir=self._spill_root))
            # Not atexit alone: a cache may be dropped long before the app ends.
            self._remove_spill = weakref.finalize(self, _remove_folder, made)
            self.folder = made
        return self.folder

    def first_time(self, message: str) -> bool:
        """True the first time ``message`` comes up for this cache: a fault is told once."""
        new = message not in self._told
        self._told.add(message)
        return new

    def close(self) -> None:
        """Removes the temporary folder, if there is one; later renders try home again."""
        if self._remove_spill is not None:
            self._remove_spill()
            self._remove_spill = None
            self.folder = self.home


def _key(text: str, choice: VoiceChoice) -> str:
    """The file of a render inside the cache folder, named by what changes its sound."""
    parts: list[object] = [CACHE_VERSION, choice.voice, choice.rate, text]
    if choice.language != "en":  # English clips cached before languages keep their keys
        parts.append(choice.language)
    key = json.dumps(parts, ensure_ascii=False)
    digest = blake2b(key.encode("utf-8"), digest_size=32).hexdigest()
    # Two-letter shards keep folders small however many sessions are cached.
    return f"{digest[:2]}/{digest}.wav"


def _remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


_READ_ONLY = frozenset({"EROFS", "EACCES", "EPERM"})
_NOT_A_FOLDER = frozenset({"EEXIST", "ENOTDIR"})


class CacheFaultKind(StrEnum):
    READ_ONLY = "read-only"
    NOT_A_FOLDER = "not-a-folder"
    UNWRITABLE = "unwritable"  # another reason, in ``CacheFault.reason``
    NO_TEMPORARY_FOLDER = "no-temporary-folder"  # unwritable, and no spill folder either
    DISK_FULL = "disk-full"


@dataclass(frozen=True)
class CacheFault:
    """A fault of the cache the user must hear of. A value, not a sentence, so that the
    window words it in its own language (the CLI prints ``message``, in English)."""

    kind: CacheFaultKind
    folder: Path
    reason: str = ""  # the OS's words, for UNWRITABLE and NO_TEMPORARY_FOLDER

    @property
    def message(self) -> str:
        folder = self.folder
        if self.kind is CacheFaultKind.DISK_FULL:
            return (
                f"The disk is full (folder {folder}): cues that could not be rendered "
                "are shown as captions only."
            )
        if self.kind is CacheFaultKind.NO_TEMPORARY_FOLDER:
            return (
                f"The speech cache folder {folder} cannot be written, and no temporary "
                f"folder could be made ({self.reason}): cues are shown as captions only."
            )
        why = {
            CacheFaultKind.READ_ONLY: "is read-only",
            CacheFaultKind.NOT_A_FOLDER: "is not a folder (a file is in its place)",
        }.get(self.kind, f"cannot be written ({self.reason})")
        return (
            f"The speech cache folder {folder} {why}; "
            "using a temporary folder until backcoach closes."
        )


def unwritable_fault(folder: Path, code: str) -> CacheFault:
    """The fault of a cache folder that cannot be written (errno name ``code``)."""
    if code in _READ_ONLY:
        return CacheFault(CacheFaultKind.READ_ONLY, folder)
    if code in _NOT_A_FOLDER:
        return CacheFault(CacheFaultKind.NOT_A_FOLDER, folder)
    number = getattr(errno, code, 0)
    reason = os.strerror(number) if number else code or "unknown error"
    return CacheFault(CacheFaultKind.UNWRITABLE, folder, reason)


Progress = Callable[[int, int], None]  # (done, total)
Report = Callable[[CacheFault], None]  # a fault the user must hear of


class Renderer:
    """Text to cached WAV; only cache misses reach the engine (which starts only then).

    A cached file is checked before it is used, and a bad one is rendered again. A folder
    that cannot be written sends renders to a temporary folder; a full disk fails the
    render with a plain reason. Either is handed to ``report`` once per cache.
    """

    def __init__(
        self,
        engine: SpeechEngine,
        cache: SpeechCache,
        choice: VoiceChoice,
        report: Report | None = None,
    ) -> None:
        self.engine = engine
        self.cache = cache
        self.choice = choice
        self.report = report

    def cached(self, text: str) -> Path | None:
        """A good cached render of ``text``; bad ones found on the way are deleted."""
        for path in self.cache.candidates(text, self.choice):
            if _usable(path):
                return path
        return None

    def render(self, text: str) -> Path:
        """The checked WAV of ``text``; raises EngineUnavailableError or RenderError."""
        found = self.cached(text)
        if found is not None:
            return found
        try:
            return self._render_new(text)
        except FolderError as error:
            if error.disk_full or self.cache.spilled:
                raise self._named(error) from error
            self._spill(error.code)
        try:
            return self._render_new(text)
        except FolderError as error:
            raise self._named(error) from error

    def _render_new(self, text: str) -> Path:
        path = self.cache.path_for(text, self.choice)
        try:
            self._engine_render(text, path)
        except EngineUnavailableError:
            if not self.engine.restartable:
                raise
            # A worker that hung or died once gets one fresh start (call() restarts it).
            self._engine_render(text, path)
        try:
            wav_seconds(path, starts_with_sound=True)
        except BadWavError as error:
            with contextlib.suppress(OSError):
                path.unlink()
            raise RenderError(f"the engine wrote a clip that does not play ({error})") from error
        return path

    def _engine_render(self, text: str, path: Path) -> None:
        self.engine.render(text, path, self.choice.voice, self.choice.rate, self.choice.language)

    def _spill(self, code: str) -> None:
        fault = unwritable_fault(self.cache.home, code)
        try:
            self.cache.spill()
        except OSError as error:
            failed = CacheFault(
                CacheFaultKind.NO_TEMPORARY_FOLDER, self.cache.home, str(error.strerror or error)
            )
            self._tell(failed)
            raise RenderError(failed.message) from error
        self._tell(fault)

    def _named(self, error: FolderError) -> RenderError:
        if not error.disk_full:
            return error
        fault = CacheFault(CacheFaultKind.DISK_FULL, self.cache.folder)
        self._tell(fault)
        return RenderError(fault.message)

    def _tell(self, fault: CacheFault) -> None:
        if self.report is not None and self.cache.first_time(fault.message):
            self.report(fault)

    def render_all(self, texts: Iterable[str], progress: Progress | None = None) -> dict[str, Path]:
        """Every distinct text, in order; raises EngineUnavailableError or RenderError."""
        distinct = list(dict.fromkeys(texts))
        paths: dict[str, Path] = {}
        for done, text in enumerate(distinct, start=1):
            paths[text] = self.render(text)
            if progress is not None:
                progress(done, len(distinct))
        return paths


def _usable(path: Path) -> bool:
    """Whether ``path`` holds a good clip; a bad one is deleted so that it is rendered
    again (one bad file must not silence a cue for good)."""
    try:
        wav_seconds(path, starts_with_sound=True)  # all checks but reading the audio
    except FileNotFoundError:
        return False
    except (OSError, BadWavError):
        with contextlib.suppress(OSError):  # a read-only cache: rendered elsewhere
            path.unlink()
        return False
    return True


def measured_lengths(paths: dict[str, Path]) -> dict[str, float]:
    return {text: wav_seconds(path) for text, path in paths.items()}
