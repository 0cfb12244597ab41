"""The speech engine's own process: pyttsx3 renders text to trimmed WAV files on request.

Run as ``python -m backcoach.speech.worker``. It reads one JSON request per line on stdin
and answers one JSON line on stdout; the first line it writes says whether the engine
started. It is a separate process so that a hung espeak call can be killed, espeak's
Python callbacks never take the GUI process's GIL, and pyttsx3's prints go nowhere.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from backcoach.speech.voices import Voice, choose_voice
from backcoach.speech.wavfile import (
    SAMPLE_RATE,
    SAMPLE_WIDTH,
    BadWavError,
    Clip,
    read_clip,
    samples,
    trim,
    write_clip,
)

NO_ESPEAK = (
    "the speech engine espeak-ng is not installed. Install it with: sudo apt install libespeak-ng1"
)
NO_PYTTSX3 = "the Python package pyttsx3 is not installed. Install it with: pip install pyttsx3"


def describe_failure(error: BaseException) -> str:
    """A plain reason for the user, from what pyttsx3.init() raised."""
    text = str(error)
    if isinstance(error, ImportError) and "pyttsx3" in text:
        return NO_PYTTSX3
    if isinstance(error, OSError) or "espeak" in text.lower():
        return NO_ESPEAK
    return f"the speech engine did not start ({type(error).__name__}: {text})"


class Engine:
    """pyttsx3 with its known bugs designed around (see docs/speech.md)."""

    def __init__(self) -> None:
        import pyttsx3  # noqa: PLC0415  (only this process loads the engine)

        self._engine = pyttsx3.init()
        # Bug: the first runAndWait() after init() returns at once and loses the
        # utterance. An empty run right away absorbs it.
        self._engine.runAndWait()
        self.voices = [
            Voice(str(v.id), str(v.name), tuple(str(lang) for lang in (v.languages or [])))
            for v in self._engine.getProperty("voices")
        ]
        self._synchronize = _settings_wait()
        self._voice = ""
        self.version = _version()

    def _configure(self, voice: str, rate: int, language: str) -> None:
        chosen = choose_voice(self.voices, voice, language)
        if chosen is not None and chosen.id != self._voice:
            # Loading a voice costs ~10 ms: only on a change, and before the rate.
            self._engine.setProperty("voice", chosen.id)
            self._voice = chosen.id
        self._engine.setProperty("rate", rate)
        # espeak applies settings asynchronously: without this wait, a render right after
        # a change often came out at the old rate (5 of 8 changes lost, measured).
        self._synchronize()

    def _synthesise(self, text: str, path: Path) -> None:
        # Never engine.stop(): it deadlocks inside espeak during an utterance.
        self._engine.save_to_file(text, str(path))
        self._engine.runAndWait()

    def _synthesise_checked(self, text: str, raw: Path) -> Clip | None:
        """The rendered clip; a rare empty result is retried once, after a warm-up run."""
        for _attempt in range(2):
            self._synthesise(text, raw)
            try:
                clip = read_clip(raw) if raw.stat().st_size > 44 else None
            except BadWavError:
                clip = None  # half written: as good as empty
            if clip is not None and any(samples(clip.pcm)):
                return clip
            self._engine.runAndWait()
        return None

    def render(
        self, text: str, path: Path, voice: str, rate: int, language: str = "en"
    ) -> dict[str, Any]:
        """Renders ``text``, trims leading silence, writes ``path`` atomically."""
        self._configure(voice, rate, language)
        reply = write_render(
            text, path, lambda raw: self._synthesise_checked(text, raw), render_room(text, rate)
        )
        return {**reply, "voice": self._voice} if reply["ok"] else reply


def render_room(text: str, rate: int) -> int:
    """Bytes a raw render of ``text`` may take, generously: espeak-ng reads about 15
    characters a second at 160 words a minute; twice as long, plus a second, at 16 bits."""
    seconds = 1.0 + 2 * len(text) / (15 * max(rate, 1) / 160)
    return 44 + int(seconds * SAMPLE_RATE) * SAMPLE_WIDTH


def reserve_space(fd: int, size: int) -> None:
    """Raises OSError(ENOSPC or EDQUOT) unless ``size`` bytes fit in the file ``fd``."""
    if not hasattr(os, "posix_fallocate"):  # not on macOS or Windows: the write finds out
        return
    try:
        os.posix_fallocate(fd, 0, size)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        # EOPNOTSUPP and the like: a filesystem that cannot say; the write will find out.


def write_render(
    text: str,
    path: Path,
    synthesise: Callable[[Path], Clip | None],
    room: int,
    reserve: Callable[[int, int], None] = reserve_space,
) -> dict[str, Any]:
    """The reply to a render: ``synthesise`` fills the raw file it is given, which is then
    trimmed and renamed to ``path`` (so a crash never leaves half a WAV). A failed file
    operation is the reply, with its errno's name and the folder, so the app can tell a full
    disk from a folder it may not write; neither is a hung engine."""
    folder = path.parent
    raw: Path | None = None
    try:
        # Bug: save_to_file into a missing folder makes runAndWait() hang forever.
        folder.mkdir(parents=True, exist_ok=True)
        handle, raw_name = tempfile.mkstemp(prefix=".raw-", suffix=".wav", dir=folder)
        raw = Path(raw_name)
        try:
            # pyttsx3 writes the render from espeak's callback, where a failed write (a
            # full disk) is swallowed and runAndWait() never returns: make sure it fits.
            reserve(handle, room)
            os.ftruncate(handle, 0)  # the engine checks what it wrote by the file's size
        finally:
            os.close(handle)
        clip = synthesise(raw)
        if clip is None:
            return {"ok": False, "error": f"the engine rendered silence for {text!r}"}
        trimmed, lead = trim(clip)
        write_clip(raw, trimmed)
        raw.replace(path)
    except OSError as error:
        code = errno.errorcode.get(error.errno or 0, "")
        return {
            "ok": False,
            "error": f"cannot write in {folder}: {error.strerror or error}",
            "errno": code,
            "folder": str(folder),
        }
    finally:
        if raw is not None:
            with contextlib.suppress(FileNotFoundError):
                raw.unlink()
    return {"ok": True, "seconds": trimmed.seconds, "lead_s": lead}


def _settings_wait() -> Callable[[], object]:
    """espeak's Synchronize (see _configure); the Windows and macOS drivers (SAPI5, the
    system voice) apply settings at once and have no espeak to import."""
    if not sys.platform.startswith("linux"):
        return lambda: None
    from pyttsx3.drivers import _espeak  # noqa: PLC0415

    return _espeak.Synchronize  # type: ignore[no-any-return]


def _version() -> str:
    try:
        from importlib.metadata import version  # noqa: PLC0415

        from pyttsx3.drivers import _espeak  # noqa: PLC0415

        espeak = _espeak.Info(None)
        espeak_version = espeak.decode() if isinstance(espeak, bytes) else str(espeak)
        return f"pyttsx3 {version('pyttsx3')}, espeak-ng {espeak_version}"
    except Exception:  # a version string is never worth failing for
        return "pyttsx3"


def handle(engine: Engine, request: dict[str, Any]) -> dict[str, Any]:
    op = request.get("op")
    if op == "render":
        return engine.render(
            str(request["text"]),
            Path(request["path"]),
            str(request.get("voice", "")),
            int(request.get("rate", 160)),
            str(request.get("language", "en")),
        )
    if op == "voices":
        return {"ok": True, "voices": [voice.to_json() for voice in engine.voices]}
    return {"ok": False, "error": f"unknown request {op!r}"}


def serve(requests: TextIO, replies: TextIO) -> int:
    def reply(message: dict[str, Any]) -> None:
        replies.write(json.dumps(message) + "\n")
        replies.flush()

    try:
        engine = Engine()
    except Exception as error:  # reported to the app, which falls back
        reply({"id": 0, "ok": False, "error": describe_failure(error)})
        return 1
    reply({"id": 0, "ok": True, "engine": engine.version})
    for line in requests:
        request = json.loads(line)
        if request.get("op") == "quit":
            break
        try:
            answer = handle(engine, request)
        except Exception as error:  # one bad request must not end the worker
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        reply({"id": request.get("id"), **answer})
    return 0


def main() -> int:
    # Replies go to a private copy of stdout; fd 1 itself goes to /dev/null, because
    # pyttsx3 prints "Audio saved to ..." for every file and espeak may write there too.
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.close(null)
    return serve(sys.stdin, replies)


if __name__ == "__main__":
    sys.exit(main())
