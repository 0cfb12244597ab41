"""The command line: the desktop app by default, and headless subcommands for the library."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, TextIO

from backcoach.languages import LANGUAGES
from backcoach.store.paths import resolve_paths
from backcoach.store.settings import load_settings

if TYPE_CHECKING:
    import argparse


class Stopped(KeyboardInterrupt):
    """SIGINT, SIGTERM or SIGHUP, raised where the command is, so that what it was writing
    is cleaned up as for Ctrl+C (a KeyboardInterrupt, so every such handler applies)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _raise_stopped(signum: int, _frame: object) -> None:
    # Cleaning up must not be cut short by a second signal (a user pressing Ctrl+C twice).
    for number in STOP_SIGNALS:
        signal.signal(number, signal.SIG_IGN)
    raise Stopped(signum)


@contextlib.contextmanager
def stop_signals_raise() -> Iterator[None]:
    """While a headless command runs, those signals raise Stopped; restored afterwards."""
    import threading  # noqa: PLC0415 (the headless commands' alone: not the app's start)

    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers (and only it receives signals)
        return
    before = {number: signal.signal(number, _raise_stopped) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def stopped_message(signum: int) -> str:
    if signum == signal.SIGINT:
        return "interrupted"
    return f"stopped by {signal.Signals(signum).name}"


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    quick = desktop_start_args(sys.argv[1:] if argv is None else argv)
    if quick is not None:
        return start_desktop(quick, err)
    args = parsed_args(argv)
    if args.command in (None, "play"):
        return start_desktop(args, err)
    paths = resolve_paths(args.data_dir, os.environ)
    with stop_signals_raise():
        try:
            # The library, the planner and the checks load here, not with the command
            # line: the desktop app shows its window first and loads them after.
            from backcoach.cli_commands import run_command  # noqa: PLC0415

            return run_command(args, paths, out, err)
        except BrokenPipeError:  # `backcoach exercises | head` is fine
            return 0
        except KeyboardInterrupt as stop:  # nothing is written before export-audio's own
            signum = getattr(stop, "signum", signal.SIGINT)
            print(f"backcoach: {stopped_message(signum)}", file=err)
            return 128 + signum


def start_desktop(args: argparse.Namespace | SimpleNamespace, err: TextIO) -> int:
    """The desktop app, with the options of ``backcoach`` or ``backcoach play``."""
    paths = resolve_paths(args.data_dir, os.environ)
    # Qt only loads for the desktop app; PySide6 first, so that its import hook can be
    # kept from caching the source of every module the app then imports.
    import PySide6.QtCore  # noqa: F401, PLC0415

    from backcoach.pyside_sources import spare_linecache  # noqa: PLC0415

    spare_linecache()
    from backcoach.app import run_app  # noqa: PLC0415

    routine = getattr(args, "routine", None)
    if getattr(args, "last", False):
        settings, messages = load_settings(paths.settings_file)
        for message in messages:  # a bad file is moved aside now: the app would not see it
            print(f"backcoach: {message}", file=err)
        routine = settings.last_routine
        if not routine:
            print("backcoach: no routine has been started yet; opening the app", file=err)
    # The window follows the system's language as Qt sees it, unless told otherwise.
    language = args.lang or os.environ.get("BACKCOACH_LANG") or None
    return run_app(
        paths, sys.argv[:1], play_routine=routine or None, language=language, in_tray=args.tray
    )


def parsed_args(argv: Sequence[str] | None) -> argparse.Namespace:
    from backcoach.cli_parser import build_parser  # noqa: PLC0415 (see desktop_start_args)

    return build_parser().parse_args(argv)


def desktop_start_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The options of a plain start of the desktop app (``backcoach``, ``--tray``,
    ``--data-dir DIR``, ``--lang de``, in their exact spellings), read without the parser;
    None for anything else, which the parser reads (and words any error of).

    Why: building the parser (argparse, its gettext and locale, a dozen subcommands)
    took about 6 ms, which the window's first frame waited for. The two readings agree:
    tests/unit/test_cli_desktop_args.py compares them over generated command lines."""
    found: dict[str, object] = {"command": None, "data_dir": None, "lang": None, "tray": False}
    words = list(argv)
    while words:
        word = words.pop(0)
        if word == "--tray":
            found["tray"] = True
        elif word in ("--data-dir", "--lang") and words and not words[0].startswith("-"):
            found[word[2:].replace("-", "_")] = words.pop(0)
        else:
            return None
    if found["lang"] is not None and found["lang"] not in LANGUAGES:
        return None  # the parser says which languages there are
    return SimpleNamespace(**found)
