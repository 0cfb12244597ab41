"""The command line's headless subcommands: list, script, check, export audio, illustrate."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from backcoach.cli_sharing import cmd_export, cmd_import
from backcoach.content.checking import check_paths
from backcoach.content.library import Library, load_content
from backcoach.content.routine_source import resolve_routine
from backcoach.content.sources import built_in_sources
from backcoach.languages import resolve_language, system_languages
from backcoach.model import Exercise, Routine
from backcoach.session.cues import build_cues
from backcoach.session.plan import PlanOptions, Verbosity, plan_routine
from backcoach.store.paths import AppPaths
from backcoach.store.settings import Settings, load_settings


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
