"""Writes resources/first-frame.json: the exercise names the window's first frame lists.

    python tools/build_first_frame.py [--check]

Run it after changing an exercise's name or adding one (tests/unit/test_first_frame.py
fails until then). --check only compares, exit 1 when the file is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from backcoach.content.first_frame import INDEX_NAME
from backcoach.content.library import load_with_user_folders
from backcoach.languages import LANGUAGES
from backcoach.ui.library.exercise_list_model import sorted_by_name

ROOT = Path(__file__).resolve().parents[1]
INDEX = ROOT / "resources" / INDEX_NAME


def index_text() -> str:
    """The file's text as the content stands now: names in each language, in list order."""
    with tempfile.TemporaryDirectory() as empty:
        folder = Path(empty)
        names = {
            language: [
                exercise.name
                for exercise in sorted_by_name(
                    load_with_user_folders(folder, folder, language).exercises.values()
                )
            ]
            for language in sorted(LANGUAGES)
        }
    document = {"written_by": "tools/build_first_frame.py", "names": names}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 if stale")
    args = parser.parse_args()
    text = index_text()
    current = INDEX.read_text("utf-8") if INDEX.is_file() else ""
    if args.check:
        if current != text:
            print(f"{INDEX} is out of date: run python tools/build_first_frame.py")
            return 1
        return 0
    if current != text:
        INDEX.write_text(text, "utf-8")
        print(f"wrote {INDEX}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
