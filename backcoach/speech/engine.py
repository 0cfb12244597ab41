"""The app's side of the speech worker process: start it, ask it things, never wait forever."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from backcoach.speech.voices import Voice, filter_voices

START_TIMEOUT_S = 10.0  # Python start-up, imports and espeak's init: ~0.15 s here
QUIT_TIMEOUT_S = 1.0
WORKER_NICENESS = 5


def render_timeout(text: str) -> float:
    """espeak renders about 100x faster than real time; this is a generous ceiling."""
    return 3.0 + len(text) / 100


WORKER_FLAG = "--speech-worker"  # a frozen bundle's own binary runs the worker with it


def worker_command(executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """How to start the worker: ``python -m backcoach.speech.worker``, or in a frozen bundle
    (PyInstaller), where ``sys.executable`` is the app itself, the app with ``--speech-worker``
    (packaging/pyinstaller/entry.py hands that to the worker before anything else loads)."""
    executable = sys.executable if executable is None else executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:
        return [executable, WORKER_FLAG]
    return [executable, "-m", "backcoach.speech.worker"]


class EngineUnavailableError(Exception):
    """No speech: ``reason`` says why in words for the user (it completes "No voice: ...")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RenderError(Exception):
    """One text could not be rendered; the engine itself still works."""


DISK_FULL_CODES = frozenset({"ENOSPC", "EDQUOT"})


class FolderError(RenderError):
    """The render could not be written into ``folder``: the worker's OSError, by errno
    name (``code``), so the app can tell a full disk from a folder it may not write."""

    def __init__(self, message: str, code: str, folder: Path) -> None:
        super().__init__(message)
        self.code = code
        self.folder = folder

    @property
    def disk_full(self) -> bool:
        return self.code in DISK_FULL_CODES


class SpeechEngine:
    """One long-lived worker process, used by one thread at a time (calls are serialised).

    Every call waits at most its timeout. A worker that misses one is killed: a hung
    espeak call is the one failure a thread could not recover from, a process can.
    """

    def __init__(
        self, command: Sequence[str] | None = None, start_timeout: float = START_TIMEOUT_S
    ) -> None:
        self._command = list(command) if command is not None else worker_command()
        self._start_timeout = start_timeout
        self._process: subprocess.Popen[str] | None = None
        self._replies: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.Lock()
        self._next_id = 0
        self._closed = False
        self.description = ""

    @property
    def restartable(self) -> bool:
        """Worth another try: it worked before and was not shut down on purpose."""
        return bool(self.description) and not self._closed

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Starts the worker if it is not running; raises EngineUnavailableError."""
        with self._lock:
            self._start()

    def _shut_down(self) -> bool:
        return self._closed

    def _start(self) -> None:
        if self._shut_down():
            raise EngineUnavailableError("the speech engine was shut down")
        if self.running:
            return
        self._kill()
        try:
            process = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
                bufsize=1,
            )
        except OSError as error:
            raise EngineUnavailableError(f"the speech worker could not start ({error})") from error
        self._process = process
        if self._shut_down():  # close() ran meanwhile, on another thread, and found nothing
            self._kill()
            raise EngineUnavailableError("the speech engine was shut down")
        if hasattr(os, "setpriority"):
            # Rendering is background work: on a small machine the GUI gets the CPU first.
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, process.pid, WORKER_NICENESS)
        self._replies = queue.Queue()
        assert process.stdout is not None
        # Reading in a thread is what lets every wait have a timeout, on any platform.
        threading.Thread(
            target=_pump, args=(process.stdout, self._replies), name="speech-replies", daemon=True
        ).start()
        hello = self._wait(0, self._start_timeout, "start")
        if not hello.get("ok"):
            self._kill()
            raise EngineUnavailableError(str(hello.get("error", "the speech engine did not start")))
        self.description = str(hello.get("engine", ""))

    def call(self, op: str, timeout: float, **arguments: Any) -> dict[str, Any]:
        """One request; raises EngineUnavailableError (worker gone or hung) or RenderError
        (FolderError when writing a file failed)."""
        with self._lock:
            self._start()
            self._next_id += 1
            request_id = self._next_id
            process = self._process
            assert process is not None and process.stdin is not None
            try:
                process.stdin.write(json.dumps({"id": request_id, "op": op, **arguments}) + "\n")
                process.stdin.flush()
            except (OSError, ValueError) as error:  # ValueError: closed by close()
                self._kill()
                raise EngineUnavailableError("the speech engine stopped unexpectedly") from error
            reply = self._wait(request_id, timeout, op)
        if not reply.get("ok"):
            message = str(reply.get("error", "unknown error"))
            if reply.get("errno") and reply.get("folder"):
                raise FolderError(message, str(reply["errno"]), Path(str(reply["folder"])))
            raise RenderError(message)
        return reply

    def render(self, text: str, path: Path, voice: str, rate: int, language: str = "en") -> float:
        """Writes the trimmed WAV of ``text`` to ``path``; returns its length in seconds."""
        reply = self.call(
            "render",
            render_timeout(text),
            text=text,
            path=str(path),
            voice=voice,
            rate=rate,
            language=language,
        )
        return float(reply["seconds"])

    def voices(self) -> list[Voice]:
        reply = self.call("voices", 5.0)
        return [Voice.from_json(item) for item in reply["voices"]]

    def close(self) -> None:
        """Ends the worker; safe from any thread, even while another waits on a call."""
        self._closed = True
        process = self._process  # not under the lock: a call may hold it for its timeout
        if process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            assert process.stdin is not None
            process.stdin.write('{"op": "quit"}\n')
            process.stdin.close()
        try:
            process.wait(QUIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        _close_pipes(process)
        if self._process is process:
            self._process = None

    def _wait(self, request_id: int, timeout: float, what: str) -> dict[str, Any]:
        while True:
            try:
                line = self._replies.get(timeout=timeout)
            except queue.Empty:
                self._kill()
                raise EngineUnavailableError(
                    f"the speech engine stopped responding ({what} took over {timeout:.0f} s)"
                ) from None
            if line is None:
                self._kill()
                raise EngineUnavailableError("the speech engine stopped unexpectedly")
            try:
                reply = json.loads(line)
            except ValueError:
                continue  # not ours: a stray line some library printed
            if isinstance(reply, dict) and reply.get("id") == request_id:
                return reply
            # An answer to a request that already timed out: drop it.

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            if process.poll() is None:
                process.kill()
            process.wait()
            _close_pipes(process)


def _pump(stream: IO[str], replies: queue.Queue[str | None]) -> None:
    # This thread alone closes the stream: closing it from another thread while this one
    # is blocked reading could wait on the reader's lock.
    with stream, contextlib.suppress(OSError, ValueError):
        for line in stream:
            replies.put(line)
    replies.put(None)


def _close_pipes(process: subprocess.Popen[str]) -> None:
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()


def available_voices(language_prefix: str = "", engine: SpeechEngine | None = None) -> list[Voice]:
    """The engine's voices (id, name, languages) whose language starts with
    ``language_prefix``, by name. Without ``engine`` a worker is started for the question;
    call it off the GUI thread (QtSpeaker.request_voices does). Raises EngineUnavailableError.
    """
    own = engine is None
    engine = engine or SpeechEngine()
    try:
        return filter_voices(engine.voices(), language_prefix)
    finally:
        if own:
            engine.close()
