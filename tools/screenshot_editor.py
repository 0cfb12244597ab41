"""Saves docs/screenshot-editor.png: the routine editor holding a physiotherapist's
programme (the example of docs/routine-format.md), the bridge chosen.

Run under a real X server so fonts and styles are as a user sees them:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_editor.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backcoach.app import configure_application
from backcoach.content.library import built_in_folder, load_library
from backcoach.content.routine_draft import RoutineDraft
from backcoach.model import DoseOverride, RestItem, RoutineItem
from backcoach.ui.editor.routine_editor import RoutineEditor

DOCS = Path(__file__).resolve().parents[1] / "docs"

PROGRAMME = RoutineDraft(
    id="",
    title="My physio plan",
    description="What my physiotherapist gave me on 3 March: stop if pain spreads down a leg.",
    frequency="twice a day",
    rest_between_s=20.0,
    entries=(
        RoutineItem("pelvic-tilt", DoseOverride(reps=10)),
        RoutineItem(
            "bridge",
            DoseOverride(sets=2, reps=10, hold_s=5.0, rest_s=45.0),
            "Squeeze the buttocks first, then lift.",
        ),
        RestItem(90.0),
        RoutineItem("knee-to-chest", DoseOverride(reps=2, hold_s=20.0, tempo=1.5)),
        RoutineItem("walking", DoseOverride(duration_s=900.0)),
    ),
)


def main() -> int:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    library = load_library([built_in_folder()])
    with tempfile.TemporaryDirectory() as folder:
        editor = RoutineEditor(
            PROGRAMME, library.exercises, Path(folder), library.routines.__contains__
        )
        editor.setWindowTitle(editor.tr("New routine"))
        editor.resize(1180, 680)
        editor.show()
        editor.items.setCurrentIndex(editor.items_model.index(1, 0))
        app.processEvents()
        DOCS.mkdir(exist_ok=True)
        editor.grab().save(str(DOCS / "screenshot-editor.png"))
        editor.undo_stack.setClean()
        editor.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
