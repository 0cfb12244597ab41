"""The window's size, place and splitters: read at start, saved at close."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter

from backcoach.ui.window_state import read_window_state, write_window_state

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow

SPLITTERS = ("library_splitter", "routine_splitter", "education_splitter")


class SavedLayout:
    """Restores the window's saved state, and the splitters of pages built later when they
    are; saves it all again, with the splitters of pages never built kept as read."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Splitter states read at start for pages not built yet: applied when they are,
        # and saved again as they were if they never are.
        self.pending: dict[str, QByteArray] = {}

    def restore(self) -> None:
        window = self.window
        state = read_window_state(self.window.state_file)
        if "geometry" in state:
            window.restoreGeometry(state["geometry"])
        if "window" in state:
            window.restoreState(state["window"])
        for name in SPLITTERS:
            if name in state:
                self.pending[name] = state[name]
        # Every splitter, the library page's too, when its page is built (fill, for that).

    def restore_splitter(self, name: str, splitter: QSplitter) -> None:
        if name in self.pending:
            splitter.restoreState(self.pending.pop(name))

    def splitters(self) -> dict[str, QSplitter]:
        """The splitters of the pages built so far."""
        window = self.window
        found = {"library_splitter": window.library_pane.splitter}
        if window._routine_list is not None:
            found["routine_splitter"] = window._routine_list.splitter
        if window._education is not None:
            found["education_splitter"] = window._education.splitter
        return found

    def save(self) -> None:
        window = self.window
        state = {"geometry": window.saveGeometry(), "window": window.saveState()}
        state |= self.pending  # as read, for the pages never opened
        state |= {name: splitter.saveState() for name, splitter in self.splitters().items()}
        # A read-only config folder costs only the window's size next time.
        with contextlib.suppress(OSError):
            write_window_state(self.window.state_file, state)
