"""export-audio: the whole guided session as one WAV, every cue at its scheduled sample."""

from __future__ import annotations

import contextlib
import json
import os
import signal
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
from backcoach.speech.schedule import distinct_texts, fit_rendered, planned_cues, session_cues
from backcoach.speech.wavfile import SAMPLE_RATE, SAMPLE_WIDTH, BadWavError, verified_clip
from backcoach.store.paths import AppPaths
from backcoach.store.settings import Settings, load_settings

SILENCE_CHUNK = bytes(SAMPLE_RATE * SAMPLE_WIDTH)  # one second, written as often as needed
STOP_SIGNALS = {
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
}


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
        paths: dict[str, Path] = {}

        def render(texts: list[str]) -> dict[str, float]:
            progress.begin(f"rendering {len(texts)} cues")
            rendered = renderer.render_all(texts, progress.update)
            progress.end()
            paths.update(rendered)
            return measured_lengths(rendered)

        try:
            # The plan makes room for each needed cue as long as the voice really takes.
            fitted, lengths = fit_rendered(timeline, render)
        except EngineUnavailableError as error:
            raise ExportError(f"no voice: {error.reason}") from error
        except RenderError as error:
            raise ExportError(f"could not render a cue: {error}") from error
        cues = planned_cues(fitted)
        kept = session_cues(fitted, lengths)
        clips = {text: _clip(paths[text]) for text in distinct_texts(kept)}
        placements = place_cues(kept, clips)
        frames = total_frames(fitted, placements)
        progress.begin(f"writing {out.name}")
        try:
            _write_wav(file, placements, frames, progress)
        except OSError as error:  # a full disk, most likely
            raise ExportError(f"cannot write {out}: {error.strerror or error}") from error
        progress.end()
    return ExportResult(out, frames / SAMPLE_RATE, tuple(kept), len(cues) - len(kept))


def _clip(path: Path) -> bytes:
    try:
        return verified_clip(path).pcm
    except BadWavError as error:  # changed on disk since it was rendered and checked
        raise ExportError(f"a cached cue went bad while exporting: {error}") from error


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
    if out.exists() and not out.is_file():
        # A device or a pipe would be replaced by the rename, not written to.
        raise ExportError(f"cannot write {out}: it is not a regular file")
    # Signals wait while the file is made, so that none lands between its creation and
    # the try that removes it; one held meanwhile arrives inside the try.
    held = _hold_signals()
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as error:
        _release_signals(held)
        raise ExportError(f"cannot write {out}: {error.strerror or error}") from error
    temporary = Path(name)
    try:
        _release_signals(held)
        with os.fdopen(handle, "w+b") as file:
            yield file
            try:
                file.flush()
                os.fsync(file.fileno())
            except OSError as error:
                raise ExportError(f"cannot write {out}: {error.strerror or error}") from error
        temporary.chmod(0o644)  # mkstemp makes it private; a WAV is for sharing
        temporary.replace(out)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _hold_signals() -> set[int | signal.Signals] | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)


def _release_signals(held: set[int | signal.Signals] | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def result_json(routine_id: str, result: ExportResult) -> dict[str, object]:
    """What is in the file: the cues heard, each at the second its first sample is written
    (the plan fitted to the voice, so these times can differ from `script`'s estimate)."""
    return {
        "routine": routine_id,
        "file": str(result.path),
        "duration_s": round(result.seconds, 3),
        "left_out": result.dropped,
        "cues": [{"t": cue.at, "kind": cue.kind.value, "text": cue.text} for cue in result.cues],
    }


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
    settings: Settings | None = None,
    as_json: bool = False,
) -> int:
    """`backcoach export-audio`: exit 0, or 1 with one line on stderr and no file left."""
    routine = resolve_routine(routine_name, library)
    if isinstance(routine, list):
        for problem in routine:
            print(f"backcoach: {problem}", file=stderr)
        return 1
    if settings is None:  # the command line passes the settings it already reported
        settings, messages = load_settings(paths.settings_file)
        for message in messages:
            print(f"backcoach: {message}", file=stderr)
    chosen = Verbosity(verbosity) if verbosity else settings.verbosity
    # Planned as the player plans it: the get-ready time and the voice's speed included.
    options = PlanOptions(
        verbosity=chosen,
        language=language,
        get_ready_s=float(settings.get_ready_s),
        rate_wpm=settings.rate,
    )
    timeline = plan_routine(routine, library.exercises, options)
    engine = SpeechEngine()
    renderer = Renderer(
        engine,
        SpeechCache(paths.cache_dir / "speech"),
        VoiceChoice(settings.voice, settings.rate, language),
        report=lambda fault: print(f"backcoach: {fault.message}", file=stderr),
    )
    progress = TerminalProgress(stderr)
    try:
        result = export_timeline(timeline, renderer, out, progress)
    except ExportError as error:
        progress.end()
        print(f"backcoach: {error}", file=stderr)
        return 1
    except OSError as error:  # reading a cached clip, most likely
        progress.end()
        where = f" ({error.filename})" if error.filename else ""
        print(f"backcoach: {error.strerror or error}{where}; nothing was written", file=stderr)
        return 1
    except KeyboardInterrupt as stop:  # Ctrl+C, or SIGTERM/SIGHUP under the command line
        progress.end()
        signum = int(getattr(stop, "signum", signal.SIGINT))
        why = (
            "interrupted"
            if signum == signal.SIGINT
            else f"stopped by {signal.Signals(signum).name}"
        )
        print(f"backcoach: {why}; nothing was written", file=stderr)
        return 128 + signum
    finally:
        engine.close()
    if as_json:
        json.dump(result_json(routine.id, result), stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
        return 0
    minutes, seconds = divmod(round(result.seconds), 60)
    print(
        f"{out}: {minutes}:{seconds:02d}, {len(result.cues)} cues "
        f"({result.dropped} left out where they would overlap)",
        file=stdout,
    )
    return 0
