"""SIGINT, SIGTERM and SIGHUP end the app as closing its window does, not mid-write."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from backcoach.ui.main_window import MainWindow

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _note(_signum: int, _frame: object) -> None:
    """Python's own handler: a no-op, but one must be set for the wake-up byte to be written."""


class StopSignals(QObject):
    """Qt's event loop runs no Python code while it waits, so a Python signal handler alone
    would wait for the next event (SIGINT did nothing until the mouse moved) and then raise
    in whatever slot ran. Instead the signal's number is written to a pipe
    (``signal.set_wakeup_fd``) that the event loop watches, and ``on_signal`` runs as an
    ordinary event: the session is stopped and recorded, the window's state saved."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)  # the C handler must never block
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._before_fd = signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)
        self._before = {number: signal.signal(number, _note) for number in STOP_SIGNALS}

    def _drain(self) -> None:
        try:
            data = os.read(self._read, 64)
        except BlockingIOError:
            return
        if data:
            self._on_signal(data[0])  # the first one decides; more are the same request

    def close(self) -> None:
        """Gives the signals back as they were (tests and a rebuilt app start again)."""
        self._notifier.setEnabled(False)
        for number, handler in self._before.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._before_fd)
        for fd in (self._read, self._write):
            with contextlib.suppress(OSError):
                os.close(fd)


class EndingBySignal:
    """What a stop signal does (SIGINT, SIGTERM, SIGHUP): says so, closes the window of
    the moment as the system would (StopSignals calls it), ends the app."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: MainWindow | None = None
        self.signum: int | None = None  # the signal that ended the app, once one has

    def follow(self, window: MainWindow) -> None:
        """``window`` is now the one to close (a first frame filled, a new language's)."""
        self.window = window

    def __call__(self, signum: int) -> None:
        name = (
            "interrupted"
            if signum == signal.SIGINT
            else f"stopped by {signal.Signals(signum).name}"
        )
        print(f"backcoach: {name}", file=sys.stderr)
        self.signum = signum
        if self.window is not None:
            self.window.close_without_asking()
        self.app.exit(128 + signum)  # every event loop ends, the first frame's wait too
