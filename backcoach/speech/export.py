"""export-audio: the whole guided session as one WAV, every cue at its scheduled sample."""

from __future__ import annotations

import contextlib
import os
import tempfile
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from backcoach.content.library import Library
from backcoach.content.routine_source import resolve_routine
from backcoach.session.cues import Cue
from backcoach.session.plan import PlanOptions, Timeline, Verbosity, plan_routine
from backcoach.speech.cache import Renderer, SpeechCache, VoiceChoice, measured_lengths
from backcoach.speech.engine import EngineUnavailableError, RenderError, SpeechEngine
from backcoach.speech.progress import TerminalProgress
from backcoach.speech.schedule import distinct_texts, planned_cues, session_cues
from backcoach.speech.wavfile import SAMPLE_RATE, SAMPLE_WIDTH, read_clip
from backcoach.store.paths import AppPaths
from backcoach.store.settings import load_settings

SILENCE_CHUNK = bytes(SAMPLE_RATE * SAMPLE_WIDTH)  # one second, written as often as needed


class ExportError(Exception):
    """A one-line reason for the user."""


@dataclass(frozen=True)
class Placement:
    cue: Cue
    start: int  # frame at which the cue's first sample is written
    pcm: bytes  # possibly truncated where a more important cue starts


@dataclass(frozen=True)
class ExportResult:
    path: Path
    seconds: float
    cues: tuple[Cue, ...]  # the cues heard, in order
    dropped: int  # cues left out because they would have overlapped a more important one


def place_cues(cues: list[Cue], clips: dict[str, bytes]) -> list[Placement]:
    """Each cue at round(at * rate); one that runs into the next cue is cut at its start.

    resolve_overlaps() already dropped overlapping cues, so a cut only happens by rounding
    or when two cues share a start; it is the export's guarantee of one voice at a time.
    """
    placements: list[Placement] = []
    for index, cue in enumerate(cues):
        start = round(cue.at * SAMPLE_RATE)
        pcm = clips[cue.text]
        if index + 1 < len(cues):
            room = round(cues[index + 1].at * SAMPLE_RATE) - start
            pcm = pcm[: max(0, room) * SAMPLE_WIDTH]
        placements.append(Placement(cue, start, pcm))
    return placements


def total_frames(timeline: Timeline, placements: list[Placement]) -> int:
    """The planned length, or longer when the last cue's tail runs past it."""
    ends = (p.start + len(p.pcm) // SAMPLE_WIDTH for p in placements)
    return max(round(timeline.total_s * SAMPLE_RATE), *ends, 0)


def audio_chunks(placements: list[Placement], frames: int) -> Iterator[tuple[bytes, int]]:
    """The session's samples in pieces, each with the number of cues written so far
    (-1 for a piece of silence)."""
    written = 0
    for done, placement in enumerate(placements, start=1):
        yield from _silence(placement.start - written)
        written = max(written, placement.start)
        yield placement.pcm, done
        written += len(placement.pcm) // SAMPLE_WIDTH
    yield from _silence(frames - written)


def _silence(frames: int) -> Iterator[tuple[bytes, int]]:
    remaining = frames * SAMPLE_WIDTH
    while remaining > 0:
        piece = SILENCE_CHUNK[: min(remaining, len(SILENCE_CHUNK))]
        remaining -= len(piece)
        yield piece, -1


def export_timeline(
    timeline: Timeline, renderer: Renderer, out: Path, progress: TerminalProgress
) -> ExportResult:
    """Renders what is missing, then writes ``out`` atomically; raises ExportError."""
    with _atomic_file(out) as file:
        cues = planned_cues(timeline)
        texts = distinct_texts(cues)
        progress.begin(f"rendering {len(texts)} cues")
        try:
            paths = renderer.render_all(texts, progress.update)
        except EngineUnavailableError as error:
            raise ExportError(f"no voice: {error.reason}") from error
        except RenderError as error:
            raise ExportError(f"could not render a cue: {error}") from error
        progress.end()
        kept = session_cues(timeline, measured_lengths(paths))
        clips = {text: read_clip(paths[text]).pcm for text in distinct_texts(kept)}
        placements = place_cues(kept, clips)
        frames = total_frames(timeline, placements)
        progress.begin(f"writing {out.name}")
        _write_wav(file, placements, frames, progress)
        progress.end()
    return ExportResult(out, frames / SAMPLE_RATE, tuple(kept), len(cues) - len(kept))


def _write_wav(
    file: BinaryIO, placements: list[Placement], frames: int, progress: TerminalProgress
) -> None:
    with wave.open(file, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(SAMPLE_WIDTH)
        writer.setframerate(SAMPLE_RATE)
        writer.setnframes(frames)  # known up front: the header is written once, correctly
        for pcm, done in audio_chunks(placements, frames):
            writer.writeframesraw(pcm)
            if done > 0:
                progress.update(done, len(placements))


@contextlib.contextmanager
def _atomic_file(out: Path) -> Iterator[BinaryIO]:
    """A temporary file beside ``out``, renamed to it only when everything worked.

    It is made first, so an unwritable folder fails before any rendering; on any error,
    Ctrl+C included, it is removed and ``out`` is left as it was.
    """
    if out.is_dir():
        raise ExportError(f"cannot write {out}: it is a folder")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as error:
        raise ExportError(f"cannot write {out}: {error.strerror or error}") from error
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w+b") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        temporary.chmod(0o644)  # mkstemp makes it private; a WAV is for sharing
        temporary.replace(out)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def export_command(
    routine_name: str,
    out: Path,
    verbosity: str | None,
    *,
    library: Library,
    paths: AppPaths,
    stdout: TextIO,
    stderr: TextIO,
    language: str = "en",
) -> int:
    """`backcoach export-audio`: exit 0, or 1 with one line on stderr and no file left."""
    routine = resolve_routine(routine_name, library)
    if isinstance(routine, list):
        for problem in routine:
            print(f"backcoach: {problem}", file=stderr)
        return 1
    settings, messages = load_settings(paths.settings_file)
    for message in messages:
        print(f"backcoach: {message}", file=stderr)
    chosen = Verbosity(verbosity) if verbosity else settings.verbosity
    timeline = plan_routine(
        routine, library.exercises, PlanOptions(verbosity=chosen, language=language)
    )
    engine = SpeechEngine()
    renderer = Renderer(
        engine,
        SpeechCache(paths.cache_dir / "speech"),
        VoiceChoice(settings.voice, settings.rate, language),
    )
    progress = TerminalProgress(stderr)
    try:
        result = export_timeline(timeline, renderer, out, progress)
    except ExportError as error:
        progress.end()
        print(f"backcoach: {error}", file=stderr)
        return 1
    except KeyboardInterrupt:
        progress.end()
        print("backcoach: interrupted; nothing was written", file=stderr)
        return 130
    finally:
        engine.close()
    minutes, seconds = divmod(round(result.seconds), 60)
    print(
        f"{out}: {minutes}:{seconds:02d}, {len(result.cues)} cues "
        f"({result.dropped} left out where they would overlap)",
        file=stdout,
    )
    return 0
