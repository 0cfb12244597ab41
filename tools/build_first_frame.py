"""Writes resources/first-frame.json: what the window's first frame shows (names, filters).

    python tools/build_first_frame.py [--check]

Run it after changing an exercise's name or adding one (tests/unit/test_first_frame.py
fails until then). --check only compares, exit 1 when the file is out of date.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from backcoach.content.first_frame import FILTERS, INDEX_NAME
from backcoach.content.library import load_with_user_folders
from backcoach.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
INDEX = ROOT / "resources" / INDEX_NAME


def index_text() -> str:
    """The file's text as the content stands now: for each language, the names and the
    filter boxes' entries as the real library page shows them (built offscreen, in that
    language), so that the first frame cannot differ from it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 (after the platform is set)

    from backcoach.ui.library.pane import LibraryPane  # noqa: PLC0415
    from backcoach.ui.translators import Translators  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    translators = Translators(app)  # type: ignore[arg-type]
    names: dict[str, list[str]] = {}
    filters: dict[str, dict[str, list[str]]] = {}
    with tempfile.TemporaryDirectory() as empty:
        folder = Path(empty)
        for language in sorted(LANGUAGES):
            translators.install(language)
            library = load_with_user_folders(folder, folder, language)
            pane = LibraryPane(library.exercises.values())
            names[language] = [exercise.name for exercise in pane.shown_exercises()]
            widgets = (pane.category, pane.position, pane.equipment, pane.source)
            boxes = dict(zip(FILTERS, widgets, strict=True))
            # Each box's entries after its first, "Any".
            filters[language] = {
                key: [box.itemText(row) for row in range(1, box.count())]
                for key, box in boxes.items()
            }
            pane.deleteLater()
    translators.remove()
    document = {"written_by": "tools/build_first_frame.py", "names": names, "filters": filters}
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
