"""The exercise names the window's first frame lists, before the content itself is loaded.

Loading the content (reading and checking every file) takes longer than a bare window
takes to appear; the names the list will show are known when the content is built, so
they are kept in resources/first-frame.json (written by tools/build_first_frame.py; a
test fails when it no longer matches the content). With files of the user's own, the
names are not known before loading: the first frame's list is then empty.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

INDEX_NAME = "first-frame.json"


def first_frame_names(exercises_dir: Path, language: str) -> list[str]:
    """The built-in exercises' names in ``language``, in the list's order; [] where the
    user has exercise files of their own (they may add or rename any) or the index cannot
    be read (the list then fills when the content is loaded)."""
    if _has_own_files(exercises_dir):
        return []
    try:
        index = json.loads((resources.files("backcoach.resources") / INDEX_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    by_language = index.get("names") if isinstance(index, dict) else None
    names = by_language.get(language) if isinstance(by_language, dict) else None
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        return []
    return names


def _has_own_files(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.endswith(".toml") for entry in entries)
    except OSError:  # no folder yet (a first start), or one we cannot read
        return False
