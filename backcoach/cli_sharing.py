"""The command line's import and export: scriptable, never a prompt, one line per problem
(their options are in backcoach.cli)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from backcoach.content.library import Library
from backcoach.content.sharing.applying import (
    Action,
    Imported,
    Resolution,
    apply_import,
    decide_all,
)
from backcoach.content.sharing.exporting import ExportError, ExportExistsError, export_item
from backcoach.content.sharing.incoming import Clash, plan_import
from backcoach.content.sharing.kinds import Kind
from backcoach.store.paths import AppPaths


def cmd_import(
    args: argparse.Namespace, library: Library, out: TextIO, err: TextIO, paths: AppPaths
) -> int:
    plan = plan_import([Path(name) for name in args.files], library)
    if not plan.ok:
        for problem in plan.problems:
            print(f"backcoach: {problem}", file=err)
        print("backcoach: nothing was imported", file=err)
        return 1
    if plan.clashes and args.on_clash is None:
        for incoming in plan.files:
            if incoming.clash is not None:
                print(f"backcoach: {incoming.source}: {_clash_text(incoming.clash)}", file=err)
        print("backcoach: nothing was imported", file=err)
        return 1
    decisions = decide_all(plan, Resolution(args.on_clash)) if args.on_clash else {}
    result = apply_import(plan, paths, library, decisions)
    for imported in result.imported:
        print(imported_text(imported), file=out)
    for problem in result.problems:
        print(f"backcoach: {problem}", file=err)
    return 1 if result.problems else 0


def _clash_text(clash: Clash) -> str:
    whose = "built in" if clash.built_in else f"yours ({clash.existing})"
    return (
        f"{clash.kind} {clash.item_id!r} is already there, {whose}: use --rename to keep "
        "both, --replace to use the new one, or --skip to keep yours"
    )


def imported_text(imported: Imported) -> str:
    what = f"{imported.kind} {imported.original_id!r}"
    if imported.action is Action.SKIPPED:
        return f"skipped {what} from {imported.source}: kept the one already there"
    if imported.action is Action.RENAMED:
        return f"imported {what} as {imported.item_id!r} from {imported.source} to {imported.path}"
    if imported.action is Action.REPLACED:
        return f"replaced {what} in {imported.path} with {imported.source}"
    text = f"imported {what} from {imported.source} to {imported.path}"
    if imported.action is Action.OVERRIDES_BUILT_IN:
        text += "; it takes the place of the built-in one"
    return text


def cmd_export(args: argparse.Namespace, library: Library, out: TextIO, err: TextIO) -> int:
    kind = Kind(args.kind) if args.kind else None
    try:
        written = export_item(library, args.item, args.out, kind=kind, overwrite=args.force)
    except ExportExistsError as error:
        print(f"backcoach: {error}; use --force to replace", file=err)
        return 1
    except ExportError as error:
        print(f"backcoach: {error}", file=err)
        return 1
    except OSError as error:
        print(f"backcoach: cannot write {args.out}: {error.strerror or error}", file=err)
        return 1
    for file in written:
        print(f"exported {file.kind} {file.item_id!r} to {file.path}", file=out)
    return 0
