"""For tests of the whole app (run_app, cli.main): act on its window once it is complete."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backcoach.ui.main_window import MainWindow

POLL_MS = 10
GIVE_UP_MS = 20_000


@contextmanager
def acting_on_the_window(app: QApplication, act: Callable[[MainWindow], None]) -> Iterator[None]:
    """While the body starts the app, calls ``act`` once with its main window as soon as it
    is shown and filled (a normal start paints a first frame before the content loads,
    MainWindow.fill); should the app not end within GIVE_UP_MS, it is made to.

    Both timers are stopped when the body is done: left running, the give-up quit would
    land in a later test and end that test's event loops (QCoreApplication.exit leaves
    every later QEventLoop.exec returning at once until the next QApplication.exec)."""
    poll = QTimer()
    poll.setInterval(POLL_MS)

    def look() -> None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if len(shown) == 1 and shown[0].filled:
            poll.stop()
            act(shown[0])

    poll.timeout.connect(look)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(app.quit)
    poll.start()
    give_up.start(GIVE_UP_MS)
    try:
        yield
    finally:
        poll.stop()
        give_up.stop()
