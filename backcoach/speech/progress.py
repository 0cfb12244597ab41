"""Progress of a long command on the terminal: a redrawn bar on a TTY, a few plain lines else."""

from __future__ import annotations

from typing import TextIO

BAR_WIDTH = 30


class TerminalProgress:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._label = ""
        self._drawn = False

    def begin(self, label: str) -> None:
        """A new phase ("rendering 40 cues"); on a pipe this is the only line it prints."""
        self._finish_line()
        self._label = label
        if not self._tty:
            print(f"backcoach: {label}", file=self._stream, flush=True)

    def update(self, done: int, total: int) -> None:
        if not self._tty or total <= 0:
            return
        filled = round(BAR_WIDTH * done / total)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self._stream.write(f"\r{self._label} [{bar}] {100 * done // total:3d}%")
        self._stream.flush()
        self._drawn = True

    def end(self) -> None:
        self._finish_line()

    def _finish_line(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False
