"""Saves docs/screenshot-exercise-form.png: the own-exercise form filled in from a
physiotherapist's sheet, as a user sees it.

Run under a real X server so fonts and styles are as a user sees them:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/exercise_form_screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backcoach.app import configure_application
from backcoach.content.library import built_in_folder, load_library
from backcoach.model import Position
from backcoach.ui.editor.exercise_form import ExerciseForm

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    library = load_library([built_in_folder()])  # built-ins only: no user's own files
    with tempfile.TemporaryDirectory() as folder:
        form = ExerciseForm(library, Path(folder))
        form.name.setText("Pelvic tilt with knee drop")
        form.category.setCurrentIndex(form.category.findData("mobility"))
        form.position.setCurrentIndex(form.position.findData(Position.SUPINE.value))
        form.setup.setPlainText(
            "Lie on your back with your knees bent and feet flat.\nArms relaxed by your sides."
        )
        actions = ("Flatten your back and let your {side} knee drop out", "Stay there", "Come back")
        for row, action in zip(form.phases.rows, actions, strict=True):
            row.action.setText(action)
        form.phases.rows[0].seconds.setValue(3)
        form.phases.rows[2].seconds.setValue(3)
        form.sets.setValue(2)
        form.reps.setValue(8)
        form.hold.setValue(5)
        form.sides.setCurrentIndex(form.sides.findData("alternate"))
        form.cautions.setPlainText(
            "Only as far as is comfortable.\nStop if pain spreads down a leg."
        )
        form.source.setText("Physio sheet, 3 March")
        form.show()
        app.processEvents()
        if form.problems:
            print(f"the example has problems: {form.problems}", file=sys.stderr)
            return 1
        DOCS.mkdir(exist_ok=True)
        form.grab().save(str(DOCS / "screenshot-exercise-form.png"))
        form.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
