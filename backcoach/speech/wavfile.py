"""Mono 16-bit PCM clips: read, write, trim silence, measure (plain Python, no numpy)."""

from __future__ import annotations

import array
import math
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 22050  # what espeak-ng renders; export-audio keeps it
SAMPLE_WIDTH = 2
# espeak-ng pads with exact digital zeros; 16 (-66 dBFS) is far below hearing, so
# trimming at it never cuts an audible attack.
SILENCE_LEVEL = 16
TAIL_KEEP_S = 0.01  # a few ms after the last audible sample so the decay is not clipped


@dataclass(frozen=True)
class Clip:
    """Signed 16-bit little-endian mono samples at ``rate``."""

    pcm: bytes
    rate: int = SAMPLE_RATE

    @property
    def frames(self) -> int:
        return len(self.pcm) // SAMPLE_WIDTH

    @property
    def seconds(self) -> float:
        return self.frames / self.rate


def samples(pcm: bytes) -> array.array[int]:
    values = array.array("h")
    values.frombytes(pcm[: len(pcm) - len(pcm) % SAMPLE_WIDTH])
    if sys.byteorder == "big":  # WAV is little-endian
        values.byteswap()
    return values


def to_pcm(values: array.array[int]) -> bytes:
    if sys.byteorder == "big":
        values = array.array("h", values)
        values.byteswap()
    return values.tobytes()


def read_clip(path: Path) -> Clip:
    """Raises ValueError for anything but mono 16-bit PCM."""
    with wave.open(str(path), "rb") as reader:
        if reader.getnchannels() != 1 or reader.getsampwidth() != SAMPLE_WIDTH:
            raise ValueError(f"{path}: not mono 16-bit PCM")
        return Clip(reader.readframes(reader.getnframes()), reader.getframerate())


def wav_seconds(path: Path) -> float:
    """Length from the header alone: cheap enough for every cue of a session."""
    with wave.open(str(path), "rb") as reader:
        return reader.getnframes() / reader.getframerate()


def write_clip(path: Path, clip: Clip) -> None:
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(SAMPLE_WIDTH)
        writer.setframerate(clip.rate)
        writer.writeframes(clip.pcm)


def audible_span(values: array.array[int], level: int = SILENCE_LEVEL) -> tuple[int, int] | None:
    """First and one-past-last sample index louder than ``level``; None when all silent."""
    first = next((i for i, value in enumerate(values) if abs(value) > level), None)
    if first is None:
        return None
    last = next(i for i in range(len(values) - 1, -1, -1) if abs(values[i]) > level)
    return first, last + 1


def trim(clip: Clip) -> tuple[Clip, float]:
    """The clip from its first audible sample, and the leading silence removed (seconds).

    The onset is then the very start of the file, so a clip started on a beat is heard on
    the beat. An all-silent clip comes back empty.
    """
    values = samples(clip.pcm)
    span = audible_span(values)
    if span is None:
        return Clip(b"", clip.rate), clip.seconds
    first, end = span
    end = min(len(values), end + round(TAIL_KEEP_S * clip.rate))
    return Clip(to_pcm(values[first:end]), clip.rate), first / clip.rate


def rms(pcm: bytes) -> float:
    values = samples(pcm)
    if not values:
        return 0.0
    return math.sqrt(sum(v * v for v in values) / len(values))
