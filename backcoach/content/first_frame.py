"""The exercise names (and filter entries) the window's first frame shows, before the
content itself is loaded.

Loading the content (reading and checking every file) takes longer than a bare window
takes to appear; what the library page will show is known when the content is built, so
it is kept in resources/first-frame.json (written by tools/build_first_frame.py; a test
fails when it no longer matches the content). With files of the user's own it is not
known before loading: the first frame's list is then empty.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

INDEX_NAME = "first-frame.json"


FILTERS = ("category", "position", "equipment", "source")


@dataclass(frozen=True)
class FirstFrameText:
    """What the first frame's library page shows before the content is loaded."""

    names: list[str] = field(default_factory=list)  # the exercises, in the list's order
    # Each filter box's entries after "Any" (so that the boxes have their width already).
    filters: dict[str, list[str]] = field(default_factory=dict)


def first_frame_text(exercises_dir: Path, language: str) -> FirstFrameText:
    """The built-in library's names and filter entries in ``language``; nothing where the
    user has exercise files of their own (they may add or rename any) or the index cannot
    be read (the page then fills when the content is loaded)."""
    if _has_own_files(exercises_dir):
        return FirstFrameText()
    try:
        index = json.loads((resources.files("backcoach.resources") / INDEX_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return FirstFrameText()
    names = _strings(_entry(index, "names", language))
    filters = _entry(index, "filters", language)
    if names is None or not isinstance(filters, dict):
        return FirstFrameText()
    entries = {key: _strings(filters.get(key)) for key in FILTERS}
    return FirstFrameText(names, {key: value for key, value in entries.items() if value})


def _entry(index: object, key: str, language: str) -> object:
    by_language = index.get(key) if isinstance(index, dict) else None
    return by_language.get(language) if isinstance(by_language, dict) else None


def _strings(value: object) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    return None


def _has_own_files(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.endswith(".toml") for entry in entries)
    except OSError:  # no folder yet (a first start), or one we cannot read
        return False
