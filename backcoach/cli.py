"""The command line: the desktop app by default, and headless subcommands for the library."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from backcoach import __version__
from backcoach.cli_sharing import add_sharing_commands, cmd_export, cmd_import
from backcoach.content.checking import check_paths
from backcoach.content.library import Library, load_content
from backcoach.content.routine_source import resolve_routine
from backcoach.content.sources import built_in_sources
from backcoach.languages import LANGUAGES, resolve_language, system_languages
from backcoach.model import Exercise, Routine
from backcoach.session.cues import build_cues
from backcoach.session.plan import PlanOptions, Verbosity, plan_routine
from backcoach.store.paths import AppPaths, resolve_paths
from backcoach.store.settings import GET_READY_RANGE, Settings, load_settings


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


def choose_language(
    args: argparse.Namespace, settings: Settings, environ: dict[str, str] | os._Environ[str]
) -> str:
    """--lang, else $BACKCOACH_LANG, else the app's setting, else the system's language."""
    if args.lang:
        return str(args.lang)
    wanted = environ.get("BACKCOACH_LANG", "") or settings.language
    return resolve_language(wanted, system_languages(dict(environ)))


def load(paths: AppPaths, err: TextIO, language: str = "en") -> Library:
    library = load_content(paths, language)
    for problem in library.problems:
        print(f"backcoach: skipped {problem}", file=err)
    return library


def exercise_json(exercise: Exercise) -> dict[str, Any]:
    dose = exercise.dose
    return {
        "id": exercise.id,
        "name": exercise.name,
        "aliases": list(exercise.aliases),
        "category": exercise.category.value,
        "position": exercise.position.value,
        "equipment": [item.value for item in exercise.equipment],
        "areas": list(exercise.areas),
        "purpose": exercise.purpose,
        "conditions": sorted(condition.value for condition in exercise.conditions),
        "dose": {
            "sets": dose.sets,
            "reps": dose.reps,
            "hold_s": dose.hold_s,
            "rest_s": dose.rest_s,
            "sides": dose.sides.value,
            "duration_s": dose.duration_s,
        },
        "sources": list(exercise.source_files),
        "source_doses": [{"file": s.file, "dose": s.dose} for s in exercise.sources],
        "origin": exercise.origin,
        "source_titles": [built_in_sources().title(f) for f in exercise.source_files],
    }


def routine_json(routine: Routine, library: Library) -> dict[str, Any]:
    timeline = plan_routine(routine, library.exercises)
    return {
        "id": routine.id,
        "title": routine.title,
        "description": routine.description,
        "duration_s": round(timeline.total_s, 3),
        "exercises": list(routine.exercise_ids),
        "sources": list(routine.sources),
        "frequency": routine.frequency,
        "origin": routine.origin,
        "source_titles": [built_in_sources().title(f) for f in routine.sources],
    }


def format_duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def cmd_exercises(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    if args.json:
        json.dump([exercise_json(e) for e in library.exercises.values()], out, indent=2)
        out.write("\n")
        return 0
    exercises = list(library.exercises.values())
    id_width = max((len(e.id) for e in exercises), default=0)
    name_width = max((len(e.name) for e in exercises), default=0)
    for exercise in exercises:
        sources = "; ".join(built_in_sources().title(name) for name in exercise.source_files)
        print(
            f"{exercise.id:<{id_width}}  {exercise.name:<{name_width}}  "
            f"{exercise.category.value:<10}  {exercise.position.value:<13}  {sources}",
            file=out,
        )
    return 0


def cmd_routines(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    rows = [routine_json(routine, library) for routine in library.routines.values()]
    if args.json:
        json.dump(rows, out, indent=2)
        out.write("\n")
        return 0
    width = max((len(row["id"]) for row in rows), default=0)
    for row in rows:
        print(
            f"{row['id']:<{width}}  {format_duration(row['duration_s']):>6}  {row['title']}",
            file=out,
        )
    return 0


def _get_ready_seconds(text: str) -> int:
    low, high = GET_READY_RANGE
    try:
        seconds = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of seconds: {text!r}") from None
    if not low <= seconds <= high:
        raise argparse.ArgumentTypeError(f"{seconds} is outside {low}-{high} seconds")
    return seconds


def cmd_script(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    routine = resolve_routine(args.routine, library)
    if isinstance(routine, list):
        for problem in routine:
            print(f"backcoach: {problem}", file=sys.stderr)
        return 1
    options = PlanOptions(
        verbosity=Verbosity(args.verbosity),
        language=args.language,
        get_ready_s=float(args.get_ready),
    )
    timeline = plan_routine(routine, library.exercises, options)
    cues = build_cues(timeline)
    if args.json:
        steps = timeline.steps
        rows = [
            {
                "t": cue.at,
                "kind": cue.kind.value,
                "text": cue.text,
                "step": cue.step,
                "step_kind": steps[cue.step].kind.value,
                "exercise": steps[cue.step].exercise_id,
                "priority": cue.priority.name.lower(),
                "needed": cue.needed,
            }
            for cue in cues
        ]
        document = {
            "routine": routine.id,
            "title": routine.title,
            "duration_s": timeline.total_s,
            "cues": rows,
        }
        json.dump(document, out, indent=2)
        out.write("\n")
        return 0
    print(f"{routine.title} ({format_duration(timeline.total_s)})", file=out)
    for cue in cues:
        minutes, seconds = divmod(cue.at, 60)
        print(f"{int(minutes):3d}:{seconds:04.1f}  {cue.kind.value:<9}  {cue.text}", file=out)
    return 0


def cmd_export_audio(
    args: argparse.Namespace, library: Library, out: TextIO, paths: AppPaths, settings: Settings
) -> int:
    from backcoach.speech.export import export_command  # noqa: PLC0415 (only this command needs speech)

    return export_command(
        args.routine,
        args.out,
        args.verbosity,
        library=library,
        paths=paths,
        stdout=out,
        stderr=sys.stderr,
        language=args.language,
        settings=settings,
        as_json=args.json,
    )


def cmd_illustrate(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        # Drawing to a file needs no screen: let it work over ssh and in scripts too.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from backcoach.figures.export import illustrate  # noqa: PLC0415 (drawing needs Qt)

    return illustrate(args.exercise, args.out, library)


def cmd_check(args: argparse.Namespace, library: Library, out: TextIO) -> int:
    if not args.files:
        return check_built_in(library, out)
    problems = check_paths([Path(name) for name in args.files], library.exercises)
    for problem in problems:
        print(problem, file=out)
    return 1 if problems else 0


def check_built_in(library: Library, out: TextIO) -> int:
    """The built-in content (and its translation): problems, then texts still in English."""
    problems = [problem for problem in library.problems if problem.file.startswith("resources/")]
    for problem in problems:
        print(problem, file=out)
    untranslated = library.coverage.untranslated if library.coverage else []
    for line in untranslated:
        print(f"not translated: {line}", file=out)
    if library.coverage is not None and not problems and not untranslated:
        print(
            f"{library.coverage.language}: all {library.coverage.translated} files "
            "translated, no problems",
            file=out,
        )
    return 1 if problems or untranslated else 0


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir, os.environ)
    if args.command in (None, "play"):
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
    with stop_signals_raise():
        try:
            return run_command(args, paths, out, err)
        except BrokenPipeError:  # `backcoach exercises | head` is fine
            return 0
        except KeyboardInterrupt as stop:  # nothing is written before export-audio's own
            signum = getattr(stop, "signum", signal.SIGINT)
            print(f"backcoach: {stopped_message(signum)}", file=err)
            return 128 + signum


def run_command(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    settings, messages = load_settings(paths.settings_file)
    for message in messages:
        print(f"backcoach: {message}", file=err)
    args.language = choose_language(args, settings, os.environ)
    # A user folder's bad files are reported by load(); check reports on its own files only.
    library = load(paths, err if args.command != "check" else io.StringIO(), args.language)
    commands: dict[str, Callable[[argparse.Namespace, Library, TextIO], int]] = {
        "exercises": cmd_exercises,
        "routines": cmd_routines,
        "script": cmd_script,
        "check": cmd_check,
        # Speech reads the voice settings and the render cache from the user's folders.
        "export-audio": lambda a, lib, o: cmd_export_audio(a, lib, o, paths, settings),
        "illustrate": cmd_illustrate,
        "import": lambda a, lib, o: cmd_import(a, lib, o, err, paths),
        "export": lambda a, lib, o: cmd_export(a, lib, o, err),
    }
    return commands[args.command](args, library, out)
