"""Saves the first-frame, library, routines and education screenshots in docs/ from the real
window, in English and (with --lang de) in German.

Run under a real X server so fonts and styles are as a user sees them:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py [--lang de]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from backcoach.app import build_main_window, configure_application
from backcoach.content.language_layer import translate_library
from backcoach.content.library import built_in_folder, load_library
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.paths import resolve_paths
from backcoach.store.settings import Settings
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.session.services import SessionServices
from backcoach.ui.translators import Translators
from backcoach.ui.window.first_frame import show_first_frame

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="en", choices=["en", "de"])
    language = parser.parse_args().lang
    app = QApplication(sys.argv[:1])
    configure_application(app)
    if problem := Translators(app).install(language):
        print(problem, file=sys.stderr)
        return 1
    library = load_library([built_in_folder()])  # built-ins only: no user's own files
    if language != "en":
        translate_library(library, language)
    suffix = "" if language == "en" else f"-{language}"
    with tempfile.TemporaryDirectory() as data_dir:  # no saved window size either
        paths = resolve_paths(data_dir, {})
        # What the start shows before the content is loaded (docs/architecture.md).
        frame = show_first_frame(paths, language)
        frame.resize(1180, 760)
        app.processEvents()
        DOCS.mkdir(exist_ok=True)
        frame.grab().save(str(DOCS / f"screenshot-first-frame{suffix}.png"))
        frame.close()
        # The user's folders as the app has them: the window then shows the own-exercise,
        # routine-editor, import and export entries a user sees.
        services = SessionServices(
            RecordingSpeaker(),
            SettingsKeeper(Settings(), None),
            RecordingScreenKeeper(),
            language=language,
            routines_dir=paths.routines_dir,
            exercises_dir=paths.exercises_dir,
            content_paths=paths,
        )
        window = build_main_window(library, paths, services)
        window.resize(1180, 760)
        painted = QEventLoop()
        window.firstPainted.connect(painted.quit)
        window.show()
        painted.exec()  # the pictures are drawn once the window has been painted
        if not window.library_pane.select_exercise("bridge"):
            print("no Bridge exercise in the built-in library", file=sys.stderr)
        app.processEvents()
        window.grab().save(str(DOCS / f"screenshot-library{suffix}.png"))
        window.show_page(window.routine_list)
        app.processEvents()
        window.grab().save(str(DOCS / f"screenshot-library-routines{suffix}.png"))
        window.show_page(window.education)
        app.processEvents()
        window.grab().save(str(DOCS / f"screenshot-education{suffix}.png"))
        window.close()
    print(
        f"{language}: {len(library.exercises)} exercises, {len(library.routines)} routines, "
        f"{len(library.topics)} topics, {len(library.problems)} problems"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
