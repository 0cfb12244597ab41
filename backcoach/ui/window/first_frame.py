"""The main window's first frame: shown, and waited for until it is painted (app.run_app)."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer

from backcoach.content.first_frame import first_frame_text
from backcoach.store.paths import AppPaths
from backcoach.ui.main_window import MainWindow

# How long start-up waits for the first frame to be painted before it loads the content
# anyway: a window that is not drawn at once (opened minimised, or on another workspace,
# where nothing exposes it) must not hold the start back. Painting takes 10-30 ms here.
FIRST_FRAME_WAIT_MS = 250


def show_first_frame(paths: AppPaths, language: str) -> MainWindow:
    """The main window's first frame (MainWindow.fill completes it), shown; returns once
    it has been painted, or after FIRST_FRAME_WAIT_MS if it is not."""
    text = first_frame_text(paths.exercises_dir, language)
    window = MainWindow(
        None,
        paths.window_state_file,
        None,
        first_names=text.names,
        first_filters=text.filters,
    )
    painted = QEventLoop()
    window.framePainted.connect(painted.quit)
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, painted.quit)
    window.show()
    painted.exec()
    return window
