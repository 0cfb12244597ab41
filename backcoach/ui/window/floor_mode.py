"""The floor view over the whole window: going full screen for it, and back as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow
    from backcoach.ui.session.display import Display


class FloorMode:
    """Shows and leaves the window's floor view, keeping the window's place and state of
    before it went full screen; the floor itself is the window's (built with the player)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # The window's place and state before the floor view made it full screen.
        self.before: tuple[QRect, Qt.WindowState] | None = None

    def is_shown(self) -> bool:
        """The floor view is up (and without building the player to find out)."""
        floor = self.window._floor
        return floor is not None and floor.isVisible()

    def show(self) -> None:
        window = self.window
        floor = window.floor
        if not floor.isVisible():
            self.before = (window.geometry(), window.windowState())
        if window.services.full_screen:
            # The screen's size first: with no window manager, full screen alone is a hint.
            window.setGeometry(window.screen().geometry())
            window.showFullScreen()
        floor.setGeometry(window.rect())
        floor.show()
        floor.raise_()
        floor.setFocus()
        window.activateWindow()
        self.show_display()
        floor.show_caption(window.session.caption)

    def leave(self) -> None:
        self.window.floor.hide()
        self.closed()

    def toggle(self) -> None:
        if self.window.floor.isVisible():
            self.leave()
        else:
            self.show()

    def toggle_help(self) -> None:
        window = self.window
        overlay = window.floor.help if window.floor.isVisible() else window.player.help
        if overlay is not None:
            overlay.toggle()

    def escape(self) -> None:
        """Esc closes the list of keys if it is open, else leaves the floor view."""
        window = self.window
        for overlay in (window.floor.help, window.player.help):
            if overlay is not None and overlay.isVisible():
                overlay.hide()
                return
        if window.floor.isVisible():
            self.leave()

    def follow_resize(self) -> None:
        if self.is_shown():
            self.window.floor.setGeometry(self.window.rect())

    def closed(self) -> None:
        window = self.window
        if window.services.full_screen and self.before is not None:
            # Back to the place, size and maximised state of before the floor view.
            geometry, state = self.before
            self.before = None
            window.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
            if not state & Qt.WindowState.WindowMaximized:
                window.setGeometry(geometry)
        window.show_page(window.player)
        window.activateWindow()

    def show_display(self, display: Display | None = None) -> None:
        """What the session shows, on the floor view if it is up."""
        if self.is_shown():
            window = self.window
            display = display or window.session.display()
            if display is not None:
                window.floor.show_display(display, window.services.settings.settings.muted)
