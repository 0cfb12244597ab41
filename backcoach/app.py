"""Composition root of the desktop app: loads the content and builds the window graph."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from backcoach import APP_ID
from backcoach.content.library import Library, load_content
from backcoach.content.routine_source import resolve_routine
from backcoach.model import Routine
from backcoach.speech.qt_speaker import open_speaker
from backcoach.store.paths import AppPaths
from backcoach.store.settings import load_settings
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player_settings import SettingsKeeper
from backcoach.ui.screensaver import DBusScreenKeeper
from backcoach.ui.session_messages import PlayError
from backcoach.ui.session_services import SessionServices


def configure_application(app: QApplication) -> None:
    app.setApplicationName("backcoach")
    app.setOrganizationName("backcoach")
    # The same reverse-DNS id as the .desktop file, so the desktop matches window and icon.
    app.setDesktopFileName(APP_ID)


def build_services(paths: AppPaths) -> tuple[SessionServices, list[str]]:
    """The real voice, screen keeper and remembered settings; and what was wrong with the
    settings file, if anything."""
    settings, messages = load_settings(paths.settings_file)
    keeper = SettingsKeeper(settings, paths.settings_file)
    services = SessionServices(open_speaker(paths, settings), keeper, DBusScreenKeeper())
    return services, messages


def close_services(services: SessionServices) -> None:
    services.speaker.close()
    services.screen.close()


def build_main_window(library: Library, paths: AppPaths,
                      services: SessionServices) -> MainWindow:
    return MainWindow(library, paths.window_state_file, services)


def routine_to_play(name: str, library: Library) -> Routine | str:
    """The routine ``name`` means (an id or a routine file), or why there is none."""
    found = resolve_routine(name, library)
    if isinstance(found, Routine):
        return found
    return "\n".join(str(problem) for problem in found)


def run_app(paths: AppPaths, argv: list[str], play_routine: str | None = None) -> int:
    """The desktop app; with ``play_routine`` it opens on the player and starts that routine
    after the get-ready countdown (exit status 2, with a message, if it cannot)."""
    existing = QApplication.instance()  # a test's; a user's run has none yet
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    configure_application(app)
    library = load_content(paths)
    for problem in library.problems:  # as the subcommands do, for whoever started us
        print(f"backcoach: skipped {problem}", file=sys.stderr)
    routine = routine_to_play(play_routine, library) if play_routine is not None else None
    if isinstance(routine, str):
        print(f"backcoach: cannot play {play_routine}: {routine}", file=sys.stderr)
        PlayError.show(None, routine)
        return 2
    services, messages = build_services(paths)
    try:
        window = build_main_window(library, paths, services)
        for message in messages:
            print(f"backcoach: {message}", file=sys.stderr)
            window.statusBar().showMessage(message)
        window.show()
        if routine is not None:
            window.start_routine(routine)
        return app.exec()
    finally:
        close_services(services)
