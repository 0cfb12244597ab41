"""Composition root of the desktop app: loads the content and builds the window graph."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from backcoach import APP_ID
from backcoach.content.library import Library, load_content
from backcoach.store.paths import AppPaths
from backcoach.ui.main_window import MainWindow


def configure_application(app: QApplication) -> None:
    app.setApplicationName("backcoach")
    app.setOrganizationName("backcoach")
    # The same reverse-DNS id as the .desktop file, so the desktop matches window and icon.
    app.setDesktopFileName(APP_ID)


def build_main_window(library: Library, paths: AppPaths) -> MainWindow:
    return MainWindow(library, paths.window_state_file)


def run_app(paths: AppPaths, argv: list[str]) -> int:
    app = QApplication(argv)
    configure_application(app)
    library = load_content(paths)
    for problem in library.problems:  # as the subcommands do, for whoever started us
        print(f"backcoach: skipped {problem}", file=sys.stderr)
    window = build_main_window(library, paths)
    window.show()
    return app.exec()
