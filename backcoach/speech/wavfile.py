"""Mono 16-bit PCM clips: read, write, trim silence, measure (plain Python, no numpy)."""

from __future__ import annotations

import array
import math
import os
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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


class BadWavError(ValueError):
    """A file that is not a clip as the speech worker writes it; the message says why."""


@dataclass(frozen=True)
class _Layout:
    rate: int
    data_start: int
    data_bytes: int


HEADER_READ = 4096  # we write 44-byte headers; room for a chunk or two another tool adds
PCM_FORMAT = 1
RATES = range(8000, 96001)  # espeak-ng renders 22050; other engines other usual rates


def _layout(head: bytes, size: int) -> _Layout:
    """Where the samples are, from the first bytes and the file's size; BadWavError unless
    this is a complete mono 16-bit PCM clip with at least one sample."""
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise BadWavError("not a WAV file")
    if struct.unpack_from("<I", head, 4)[0] + 8 != size:
        raise BadWavError("its length does not match its header (truncated or appended to)")
    offset, rate = 12, 0
    while offset + 8 <= len(head):
        kind, length = head[offset : offset + 4], struct.unpack_from("<I", head, offset + 4)[0]
        body = offset + 8
        if kind == b"fmt ":
            if length < 16 or body + 16 > len(head):
                raise BadWavError("its format chunk is cut short")
            fmt, channels, rate, byte_rate, block, bits = struct.unpack_from("<HHIIHH", head, body)
            if (fmt, channels, bits, block) != (PCM_FORMAT, 1, 8 * SAMPLE_WIDTH, SAMPLE_WIDTH):
                raise BadWavError(f"not mono 16-bit PCM (format {fmt}, {channels} ch, {bits} bit)")
            if rate not in RATES or byte_rate != rate * SAMPLE_WIDTH:
                raise BadWavError(f"implausible sample rate {rate}")
        elif kind == b"data":
            if not rate:
                raise BadWavError("its samples come before their format")
            if length == 0 or length % SAMPLE_WIDTH:
                raise BadWavError(f"no whole samples ({length} bytes of audio)")
            if body + length != size:
                raise BadWavError("its audio does not fill the file (truncated or appended to)")
            return _Layout(rate, body, length)
        offset = body + length + length % 2  # chunks are padded to an even length
    raise BadWavError("no audio in it")


def _checked_layout(file: BinaryIO, starts_with_sound: bool = True) -> _Layout:
    """The layout of a cache file, from its header and first sample only (no decoding)."""
    head = file.read(HEADER_READ)
    layout = _layout(head, os.fstat(file.fileno()).st_size)
    if not starts_with_sound:
        return layout
    first = head[layout.data_start : layout.data_start + SAMPLE_WIDTH]
    if len(first) < SAMPLE_WIDTH:  # a long header: not ours, but still a clip
        file.seek(layout.data_start)
        first = file.read(SAMPLE_WIDTH)
    # The worker trims every clip to start on its first audible sample, so one that starts
    # in silence was not written by it (blocks zeroed by a crash, say).
    if len(first) < SAMPLE_WIDTH or abs(samples(first)[0]) <= SILENCE_LEVEL:
        raise BadWavError("it starts in silence, as no clip we write does")
    return layout


def verified_clip(path: Path) -> Clip:
    """The clip in a cache file, checked on the way (header, format, lengths, and that it
    starts with sound): a few comparisons more than reading it. Raises BadWavError or
    OSError."""
    try:
        with path.open("rb") as file:
            layout = _checked_layout(file)
            file.seek(layout.data_start)
            pcm = file.read(layout.data_bytes)
        if len(pcm) != layout.data_bytes:  # shrank while being read
            raise BadWavError("its audio is cut short")
    except BadWavError as error:
        raise BadWavError(f"{path.name}: {error}") from None
    return Clip(pcm, layout.rate)


def read_clip(path: Path) -> Clip:
    """Any mono 16-bit PCM WAV (an engine's raw render); raises BadWavError for anything
    else, OSError if it cannot be read. Cache files are read with verified_clip."""
    try:
        with wave.open(str(path), "rb") as reader:
            if reader.getnchannels() != 1 or reader.getsampwidth() != SAMPLE_WIDTH:
                raise BadWavError(f"{path}: not mono 16-bit PCM")
            return Clip(reader.readframes(reader.getnframes()), reader.getframerate())
    except (wave.Error, EOFError) as error:  # wave's own errors are no ValueError
        raise BadWavError(f"{path}: {error or 'cut short'}") from None


def wav_seconds(path: Path, starts_with_sound: bool = False) -> float:
    """Length from the header, checked (and with ``starts_with_sound`` its first sample) as
    verified_clip checks it, without reading the audio: cheap enough for every cue of a
    session. Raises BadWavError or OSError."""
    try:
        with path.open("rb") as file:
            layout = _checked_layout(file, starts_with_sound)
    except BadWavError as error:
        raise BadWavError(f"{path.name}: {error}") from None
    return layout.data_bytes // SAMPLE_WIDTH / layout.rate


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
