"""For tests of the whole app (run_app, cli.main): act on its window once it is complete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backcoach.ui.main_window import MainWindow

POLL_MS = 10


def when_window_complete(app: QApplication, act: Callable[[MainWindow], None]) -> None:
    """Calls ``act`` with the app's main window once it is shown and filled: a normal start
    paints a first frame before the content loads (MainWindow.fill), and a timer set before
    run_app can fire while only that frame is there."""

    def look() -> None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if len(shown) == 1 and shown[0].filled:
            act(shown[0])
        else:
            QTimer.singleShot(POLL_MS, look)

    QTimer.singleShot(0, look)
