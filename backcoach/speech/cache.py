"""Rendered cues on disk, keyed by what changes the sound, so a repeated session renders nothing."""

from __future__ import annotations

import json

# BLAKE2 straight from CPython's own module: hashlib would also load OpenSSL's libcrypto
# (3.3 MiB resident, measured) for nothing else in the app.
from _blake2 import blake2b
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from backcoach.speech.engine import EngineUnavailableError, SpeechEngine
from backcoach.speech.wavfile import wav_seconds

# Bump when rendering changes (trim rule, engine options): old files are then ignored.
CACHE_VERSION = 1


@dataclass(frozen=True)
class VoiceChoice:
    """What the sound depends on; volume is applied at playback so it is not here."""

    voice: str = ""  # an engine voice id; "" lets the engine pick the language's default
    rate: int = 160  # words per minute
    language: str = "en"  # of the text: a voice that cannot speak it is not used


class SpeechCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder  # AppPaths.cache_dir / "speech"

    def path_for(self, text: str, choice: VoiceChoice) -> Path:
        parts: list[object] = [CACHE_VERSION, choice.voice, choice.rate, text]
        if choice.language != "en":  # English clips cached before languages keep their keys
            parts.append(choice.language)
        key = json.dumps(parts, ensure_ascii=False)
        digest = blake2b(key.encode("utf-8"), digest_size=32).hexdigest()
        # Two-letter shards keep folders small however many sessions are cached.
        return self.folder / digest[:2] / f"{digest}.wav"


Progress = Callable[[int, int], None]  # (done, total)


class Renderer:
    """Text to cached WAV; only cache misses reach the engine (which starts only then)."""

    def __init__(self, engine: SpeechEngine, cache: SpeechCache, choice: VoiceChoice) -> None:
        self.engine = engine
        self.cache = cache
        self.choice = choice

    def cached(self, text: str) -> Path | None:
        path = self.cache.path_for(text, self.choice)
        return path if path.is_file() else None

    def render(self, text: str) -> Path:
        """The WAV of ``text``; raises EngineUnavailableError or RenderError."""
        path = self.cache.path_for(text, self.choice)
        if not path.is_file():
            try:
                self.engine.render(
                    text, path, self.choice.voice, self.choice.rate, self.choice.language
                )
            except EngineUnavailableError:
                if not self.engine.restartable:
                    raise
                # A worker that hung or died once gets one fresh start (call() restarts it).
                self.engine.render(
                    text, path, self.choice.voice, self.choice.rate, self.choice.language
                )
        return path

    def render_all(self, texts: Iterable[str], progress: Progress | None = None) -> dict[str, Path]:
        """Every distinct text, in order; raises EngineUnavailableError or RenderError."""
        distinct = list(dict.fromkeys(texts))
        paths: dict[str, Path] = {}
        for done, text in enumerate(distinct, start=1):
            paths[text] = self.render(text)
            if progress is not None:
                progress(done, len(distinct))
        return paths


def measured_lengths(paths: dict[str, Path]) -> dict[str, float]:
    return {text: wav_seconds(path) for text, path in paths.items()}
