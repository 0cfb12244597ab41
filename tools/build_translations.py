#!/usr/bin/env python3
"""Compiles the window's translations, backcoach/translations/*.ts, into the .qm files the app
loads; or, with --update, refreshes the .ts files from the source (pyside6-lupdate); or, with
--check, only says whether the .qm files in the tree are what their .ts compile to.

The .qm files are committed, so that every way of installing carries them (see
docs/translations.md); ./run, packaging/build and packaging/install still call this to
recompile a .ts edited since, and a .qm newer than its .ts is kept.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "backcoach" / "translations"


def qt_tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(
            f"build_translations: {name} not found; it comes with PySide6 "
            "(pip install PySide6-Essentials)"
        )
    return found


def compile_one(ts: Path, qm: Path) -> str:
    """Compiles ``ts`` into ``qm``; returns lrelease's summary line."""
    result = subprocess.run(
        [qt_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(
            f"build_translations: lrelease failed on {ts.name}:\n{result.stdout}{result.stderr}"
        )
    # lrelease reports "Generated N translation(s) (N finished and M unfinished)".
    return next((line.strip() for line in result.stdout.splitlines() if "Generated" in line), "")


def compile_all(force: bool) -> int:
    built = 0
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        summary = compile_one(ts, qm)
        print(f"build_translations: {qm.relative_to(ROOT)}: {summary}", file=sys.stderr)
        built += 1
    return built


def stale() -> list[str]:
    """The .qm files missing or different from what their .ts compile to now (lrelease's
    output is the same bytes for the same .ts and the same Qt)."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in sorted(FOLDER.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            fresh = Path(scratch) / qm.name
            compile_one(ts, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                found.append(str(qm.relative_to(ROOT)))
    return found


def update_sources() -> None:
    sources = sorted(str(path) for path in (ROOT / "backcoach").rglob("*.py"))
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run(
            [qt_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--update", action="store_true", help="first refresh the .ts files from the Python source"
    )
    parser.add_argument("--force", action="store_true", help="compile even if up to date")
    parser.add_argument(
        "--check",
        action="store_true",
        help="compile nothing in the tree; exit 1 if a .qm is not what its .ts compiles to",
    )
    args = parser.parse_args()
    if args.check:
        outdated = stale()
        for name in outdated:
            print(f"build_translations: {name} is out of date; run {Path(__file__).name}")
        sys.exit(1 if outdated else 0)
    if args.update:
        update_sources()
    compile_all(args.force or args.update)


if __name__ == "__main__":
    main()
