"""Saves docs/screenshot-plan.png: the plan and reminders dialog, as a user would fill it in.

Run under a real X server so fonts and styles are as a user sees them:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_plan.py
"""

from __future__ import annotations

import sys
from datetime import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backcoach.app import configure_application
from backcoach.content.library import built_in_folder, load_library
from backcoach.store.plan import Plan
from backcoach.ui.reminders.plan_dialog import PlanDialog

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    library = load_library([built_in_folder()])  # built-ins only: no user's own files
    plan = Plan("gentle-start", frozenset({0, 2, 4, 5}), time(7, 30), enabled=True, autostart=True)
    dialog = PlanDialog(plan, library.routines, tray_available=True)
    dialog.show()
    app.processEvents()
    DOCS.mkdir(exist_ok=True)
    dialog.grab().save(str(DOCS / "screenshot-plan.png"))
    dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
