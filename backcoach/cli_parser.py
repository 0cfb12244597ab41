"""The command line's options and subcommands, as argparse reads them (cli.main)."""

from __future__ import annotations

import argparse
from pathlib import Path

from backcoach import __version__
from backcoach.content.sharing.kinds import Kind
from backcoach.languages import LANGUAGES
from backcoach.session.verbosity import Verbosity
from backcoach.store.settings import GET_READY_RANGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach",
        description="A coach for lower back pain. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"backcoach {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all per-user files (own exercises, routines, history, settings) in DIR "
        "(default: $BACKCOACH_DATA_DIR, else the platform's user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="language of the content, the window and the spoken cues (default: "
        "$BACKCOACH_LANG, else the one chosen in the app's settings, else the system's)",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start hidden in the system tray, for the plan's reminders (as at login; "
        "minimised where the desktop has no tray)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    exercises = commands.add_parser("exercises", help="list the exercise library")
    exercises.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    routines = commands.add_parser("routines", help="list built-in and your own routines")
    routines.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    script = commands.add_parser(
        "script",
        help="print a routine's whole session as timed cues",
        description="ROUTINE is a routine id (see `backcoach routines`) or a routine file.",
    )
    script.add_argument("routine", metavar="ROUTINE")
    script.add_argument("--json", action="store_true", help="print JSON (see docs/cli.md)")
    script.add_argument(
        "--verbosity",
        choices=[v.value for v in Verbosity],
        default=Verbosity.FIRST_TIME.value,
        help="full instructions the first time an exercise comes up (default), always, or never",
    )
    script.add_argument(
        "--get-ready",
        type=_get_ready_seconds,
        default=0,
        metavar="SECONDS",
        help="the time from the start to the first move, as the player's get-ready setting "
        "(default 0: the exercises alone)",
    )
    export = commands.add_parser(
        "export-audio",
        help="write a routine's whole guided session as one WAV file",
        description="ROUTINE is a routine id or a routine file. Voice and rate come from "
        "your settings; the file is mono 16-bit PCM at 22050 Hz (see docs/speech.md).",
    )
    export.add_argument("routine", metavar="ROUTINE")
    export.add_argument("out", metavar="OUT.wav", type=Path)
    export.add_argument(
        "--verbosity",
        choices=[v.value for v in Verbosity],
        default=None,
        help="as for script (default: your settings, first-time unless changed)",
    )
    export.add_argument(
        "--json",
        action="store_true",
        help="print the cues as written, each at its time in the file (see docs/cli.md)",
    )
    play = commands.add_parser(
        "play",
        help="open the app on the player and start ROUTINE after the get-ready countdown",
        description="ROUTINE is a routine id or a routine file (for a desktop shortcut); "
        '--last starts the routine started last time (the launcher\'s "start last routine").',
    )
    which = play.add_mutually_exclusive_group(required=True)
    which.add_argument("routine", metavar="ROUTINE", nargs="?")
    which.add_argument("--last", action="store_true", help="the routine started last time")
    illustrate = commands.add_parser(
        "illustrate",
        help="draw an exercise's key poses to an SVG or PNG file",
        description="EXERCISE is an exercise id, name or alias; OUT ends in .svg or .png.",
    )
    illustrate.add_argument("exercise", metavar="EXERCISE")
    illustrate.add_argument("out", metavar="OUT", type=Path)
    check = commands.add_parser(
        "check",
        help="validate exercise, routine or education files",
        description="Exit 0 when every file is valid; otherwise print FILE:LINE: message "
        "for each problem and exit 1. With no FILE: the built-in content in the language "
        "--lang names (a translator's check: every problem, and every text left in English).",
    )
    check.add_argument("files", nargs="*", metavar="FILE")
    add_sharing_commands(commands)
    return parser


def add_sharing_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        "import",
        help="import exercise and routine files (from a physiotherapist, a friend) as your own",
        description="Each FILE is checked as `backcoach check` checks it, against the library "
        "and the other files named (a routine may come with its own exercises); if any has a "
        "problem nothing is imported. An id you already have needs one of the options.",
    )
    imports.add_argument("files", nargs="+", metavar="FILE")
    clash = imports.add_mutually_exclusive_group()
    for option, meaning in (
        ("rename", 'import it under a new id ("ID-2"), keeping what you have'),
        ("replace", "put it in place of your own file of that id, or over a built-in one"),
        ("skip", "keep what you have and leave that file out"),
    ):
        clash.add_argument(
            f"--{option}",
            dest="on_clash",
            action="store_const",
            const=option,
            help=f"when an id is already there: {meaning}",
        )
    exports = commands.add_parser(
        "export",
        help="write a routine or an exercise to a file to send to someone",
        description="A routine that uses your own exercises takes them along: each is "
        "written beside FILE as FILE's name, a dot, its id and .toml. Import them together.",
    )
    exports.add_argument("item", metavar="ID", help="a routine or exercise id")
    exports.add_argument("--out", required=True, type=Path, metavar="FILE")
    exports.add_argument(
        "--kind",
        choices=[kind.value for kind in Kind],
        help="when a routine and an exercise share ID",
    )
    exports.add_argument("--force", action="store_true", help="replace files that are there")


def _get_ready_seconds(text: str) -> int:
    low, high = GET_READY_RANGE
    try:
        seconds = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of seconds: {text!r}") from None
    if not low <= seconds <= high:
        raise argparse.ArgumentTypeError(f"{seconds} is outside {low}-{high} seconds")
    return seconds
