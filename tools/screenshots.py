"""Saves the library, routines and education screenshots in docs/ from the real window.

Run under a real X server so fonts and styles are as a user sees them:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backcoach.app import build_main_window, configure_application
from backcoach.content.library import built_in_folder, load_library
from backcoach.store.paths import resolve_paths

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    app = QApplication(sys.argv)
    configure_application(app)
    library = load_library([built_in_folder()])  # built-ins only: no user's own files
    with tempfile.TemporaryDirectory() as data_dir:  # no saved window size either
        window = build_main_window(library, resolve_paths(data_dir, {}))
        window.resize(1180, 760)
        window.show()
        if not window.library_pane.select_exercise("bridge"):
            print("no Bridge exercise in the built-in library", file=sys.stderr)
        app.processEvents()
        DOCS.mkdir(exist_ok=True)
        window.grab().save(str(DOCS / "screenshot-library.png"))
        window.show_page(window.routine_list)
        app.processEvents()
        window.grab().save(str(DOCS / "screenshot-library-routines.png"))
        window.show_page(window.education)
        app.processEvents()
        window.grab().save(str(DOCS / "screenshot-education.png"))
        window.close()
    print(f"{len(library.exercises)} exercises, {len(library.routines)} routines, "
          f"{len(library.topics)} topics, "
          f"{len(library.problems)} problems")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
