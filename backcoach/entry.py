"""The backcoach command's first code: a signal is a quiet stop from the very start."""

from __future__ import annotations

import os
import signal

# Loading the command line takes tens of milliseconds (the content and session code); a
# Ctrl+C in that time gave Python's KeyboardInterrupt traceback. Nothing has been written
# yet, so leaving at once with the commands' one line is right. The commands and the app
# put their own handlers in place of these as soon as they run.
EARLY_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _leave(signum: int, _frame: object) -> None:
    name = "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
    os.write(2, f"backcoach: {name}\n".encode())
    os._exit(128 + signum)


def install_early_handlers() -> None:
    for number in EARLY_SIGNALS:
        signal.signal(number, _leave)


def main() -> int:
    install_early_handlers()
    from backcoach.cli import main as cli_main  # noqa: PLC0415 (after the handlers)

    return cli_main()
