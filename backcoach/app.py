"""Composition root of the desktop app: loads the content and builds the window graph."""

from __future__ import annotations

import os
import sys
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from backcoach import APP_ID
from backcoach.languages import resolve_language
from backcoach.store.paths import AppPaths, resolve_paths
from backcoach.store.settings import Settings, load_settings
from backcoach.ui.desktop.stop_signals import EndingBySignal, StopSignals
from backcoach.ui.main_window import MainWindow
from backcoach.ui.translators import Translators, system_ui_languages
from backcoach.ui.window.first_frame import show_first_frame

if TYPE_CHECKING:
    from backcoach.content.library import Library
    from backcoach.model import Routine
    from backcoach.speech.speaker import Speaker
    from backcoach.ui.reminders.coordinator import Reminders
    from backcoach.ui.session.services import SessionServices

# Of resources/icons/hicolor/*/apps, up to 128 px: the window system gets every size as
# decoded pixels (X11's _NET_WM_ICON), and 256 and 512 px added 3.7 MiB for pictures no
# window manager shows (docks and menus take the theme's icon, from the .desktop file).
ICON_SIZES = (16, 24, 32, 48, 64, 128)


def configure_application(app: QApplication, *, icon: bool = True) -> None:
    """The application's names and (unless ``icon`` is False: then set it later, as
    run_app does once the first frame is on screen) its windows' icon."""
    app.setApplicationName("backcoach")
    app.setOrganizationName("backcoach")
    # The same reverse-DNS id as the .desktop file, so the desktop matches window and icon.
    app.setDesktopFileName(APP_ID)
    if icon:
        app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """Our own PNGs of the app icon (the same picture packaging/install puts in the theme),
    so that a checkout or a bundle has it too. Not the SVG, nor the theme's copy of it: an
    SVG icon loads QtSvg and its icon engine, 1.0-1.4 MiB of resident memory for it alone."""
    folder = resources.files("backcoach.resources") / "icons" / "hicolor"
    icon = QIcon()
    for size in ICON_SIZES:
        png = folder / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    return icon


def open_speaker(paths: AppPaths, settings: Settings, *, language: str) -> Speaker:
    """The live speaker (speech.qt_speaker), imported only when it is opened: its
    threads, sound stream and speech worker start after the window is on screen."""
    from backcoach.speech.qt_speaker import open_speaker as open_live  # noqa: PLC0415

    return open_live(paths, settings, language=language)


def build_services(paths: AppPaths, settings: Settings, language: str) -> SessionServices:
    """The real voice (opened on first use, see open_speaker_soon), screen keeper (on the
    bus from the first session) and remembered settings, in ``language``."""
    # The services load after the window's first frame is on screen (see run_app).
    from backcoach.store.history import HistoryStore  # noqa: PLC0415
    from backcoach.ui.desktop.screensaver import DBusScreenKeeper  # noqa: PLC0415
    from backcoach.ui.player.settings import SettingsKeeper  # noqa: PLC0415
    from backcoach.ui.session.services import LazySpeaker, SessionServices  # noqa: PLC0415

    keeper = SettingsKeeper(settings, paths.settings_file)
    history = HistoryStore.open(paths.history_file)  # never raises: see docs/history.md
    return SessionServices(
        # Looked up when called, so that a test can replace open_speaker.
        LazySpeaker(lambda: open_speaker(paths, settings, language=language)),
        keeper,
        DBusScreenKeeper(),
        language=language,
        history=history,
        routines_dir=paths.routines_dir,
        content_paths=paths,
        exercises_dir=paths.exercises_dir,
    )


def keep_plan(paths: AppPaths, services: SessionServices) -> list[str]:
    """Gives ``services`` the user's plan, kept in its file; what was wrong with it."""
    from backcoach.store.plan import load_plan  # noqa: PLC0415
    from backcoach.ui.reminders.keeper import PlanKeeper  # noqa: PLC0415

    plan_state, messages = load_plan(paths.plan_file)
    # The user's wall clock, in their time zone: what the plan's "18:00" means.
    wall_clock = services.wall_clock
    services.plan = PlanKeeper(plan_state, paths.plan_file, lambda: wall_clock().astimezone())
    return messages


def build_reminders(
    app: QApplication, paths: AppPaths, services: SessionServices, switch: LanguageSwitch
) -> Reminders | None:
    """The plan's reminders, in the system tray where there is one; every main window the
    language switch builds is served in turn."""
    from PySide6.QtWidgets import QSystemTrayIcon  # noqa: PLC0415

    from backcoach.store.autostart import (  # noqa: PLC0415
        autostart_file,
        launch_command,
        set_autostart,
    )
    from backcoach.ui.reminders.coordinator import Reminders  # noqa: PLC0415
    from backcoach.ui.reminders.tray import Tray  # noqa: PLC0415

    if services.plan is None:
        return None
    tray = Tray(app_icon(), app) if QSystemTrayIcon.isSystemTrayAvailable() else None
    # The login start must find this data folder (and its plan) if it was moved.
    moved = paths.data_dir != resolve_paths(None, {}).data_dir
    command = launch_command(os.environ, data_dir=paths.data_dir if moved else None)
    entry = autostart_file(os.environ)
    reminders = Reminders(
        services.plan,
        services.history,
        tray,
        set_autostart=lambda on: set_autostart(entry, command if on else None),
        parent=app,
    )
    switch.windowOpened.connect(reminders.attach)
    return reminders


def open_speaker_soon(services: SessionServices, window: MainWindow) -> None:
    """Opens a lazy speaker once ``window`` is on screen, so that the first session finds
    its sound output open and its worker started."""
    from backcoach.ui.session.services import LazySpeaker  # noqa: PLC0415

    speaker = services.speaker
    if isinstance(speaker, LazySpeaker):
        window.firstPainted.connect(speaker.open)


def close_services(services: SessionServices) -> None:
    services.speaker.close()
    services.screen.close()
    services.history.close()


def build_main_window(
    library: Library,
    paths: AppPaths,
    services: SessionServices,
    frame: MainWindow | None = None,
) -> MainWindow:
    """The main window, or ``frame`` (a window's first frame, shown already) filled."""
    if frame is None:
        window = MainWindow(library, paths.window_state_file, services)
    else:
        window = frame
        window.fill(library, services)
    # Media keys from the desktop (GNOME, KDE) while a session is loaded: MPRIS on the
    # session bus. Owned by the window, so a window rebuilt for a new language gets its own.
    # Once the window is painted (or at once if it never will be): D-Bus need not delay it.
    window.firstPainted.connect(lambda: attach_media(window))
    return window


def attach_media(window: MainWindow) -> None:
    from backcoach.ui.session.media import SessionMedia, raise_window  # noqa: PLC0415

    SessionMedia(window.keys, lambda: raise_window(window), parent=window)


def routine_to_play(name: str, library: Library) -> Routine | str:
    """The routine ``name`` means (an id or a routine file), or why there is none."""
    from backcoach.content.routine_source import resolve_routine  # noqa: PLC0415
    from backcoach.model import Routine  # noqa: PLC0415

    found = resolve_routine(name, library)
    if isinstance(found, Routine):
        return found
    return "\n".join(str(problem) for problem in found)


def cannot_play(name: str, why: str) -> int:
    """Says why routine ``name`` cannot be played, on the terminal and in a message box;
    the exit status for it."""
    print(f"backcoach: cannot play {name}: {why}", file=sys.stderr)
    from backcoach.ui.session.messages import PlayError  # noqa: PLC0415

    PlayError.show(None, why)
    return 2


class LanguageSwitch(QObject):
    """Keeps the one main window, and builds it anew when the user picks another language:
    every label, the content and the spoken cues change with it."""

    windowOpened = Signal(object)  # noqa: N815 (Qt signal naming): each new MainWindow

    def __init__(
        self,
        app: QApplication,
        paths: AppPaths,
        services: SessionServices,
        translators: Translators | None = None,
    ) -> None:
        super().__init__(app)
        self.paths = paths
        self.services = services
        self.translators = translators or Translators(app)
        self.window: MainWindow | None = None

    def open(
        self,
        language: str,
        library: Library | None = None,
        frame: MainWindow | None = None,
    ) -> tuple[MainWindow, list[str]]:
        """A new main window in ``language`` (not yet shown), or ``frame`` completed (see
        MainWindow.fill), and what went wrong on the way."""
        from backcoach.content.library import load_content  # noqa: PLC0415

        problems = []
        if problem := self.translators.install(language):
            problems.append(problem)
        self.services.language = language
        library = library or load_content(self.paths, language)
        window = build_main_window(library, self.paths, self.services, frame)
        window.languageChosen.connect(self.switch)
        self.window = window
        self.windowOpened.emit(window)
        return window, problems + [f"skipped {problem}" for problem in library.problems]

    def switch(self, choice: str) -> None:
        """The user chose ``choice`` ("" for the system's) in the settings dialog."""
        language = resolve_language(choice, system_ui_languages())
        old = self.window
        if old is None or language == self.services.language or old.session_active:
            return
        old.save_state()  # the new window restores it: same size, same splitters
        window, problems = self.open(language)
        window.tabs.setCurrentIndex(old.tabs.currentIndex())
        # Shown before the old one closes: closing the last visible window ends the app.
        window.show()
        old.close()
        old.deleteLater()
        for problem in problems:
            window.statusBar().showMessage(problem)


def tell_at_start(
    window: MainWindow, problems: list[str], messages: list[str], services: SessionServices
) -> None:
    """What went wrong while starting, for whoever started us and in the status bar."""
    for problem in problems:  # as the subcommands do
        print(f"backcoach: {problem}", file=sys.stderr)
    for message in messages:
        print(f"backcoach: {message}", file=sys.stderr)
        window.statusBar().showMessage(message)
    from backcoach.system_check import speech_library_problem  # noqa: PLC0415

    speech_problem = speech_library_problem()  # None when libespeak-ng1 is installed
    if speech_problem is not None:
        print(f"backcoach: {speech_problem}", file=sys.stderr)
        window.statusBar().showMessage(speech_problem)
    for notice in services.history.take_notices():  # a bad file moved aside, say
        print(f"backcoach: {notice.message}", file=sys.stderr)
        window.statusBar().showMessage(notice.message)


def run_app(
    paths: AppPaths,
    argv: list[str],
    play_routine: str | None = None,
    language: str | None = None,
    *,
    in_tray: bool = False,
) -> int:
    """The desktop app; with ``play_routine`` it opens on the player and starts that routine
    after the get-ready countdown (exit status 2, with a message, if it cannot).
    ``language`` overrides the user's setting (--lang); else it follows the system.
    ``in_tray`` (--tray, the login start) keeps the window hidden in the system tray
    until wanted (minimised where there is no tray)."""
    existing = QApplication.instance()  # a test's; a user's run has none yet
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    with_frame = not in_tray and not play_routine
    # With a first frame, the icon comes once it is on screen: decoding six PNGs and
    # sending their pixels to the X server (about 90 KiB) delayed it; the window's
    # icon changes in place, as desktops follow (_NET_WM_ICON is watched).
    configure_application(app, icon=not with_frame)
    ending = EndingBySignal(app)
    # Before anything is loaded: a signal during start-up waits in the pipe for the loop.
    stop_signals = StopSignals(ending)
    frame: MainWindow | None = None
    settings, messages = load_settings(paths.settings_file)
    language = resolve_language(language or settings.language, system_ui_languages())
    translators = Translators(app)
    if with_frame:
        # The window's first frame, on screen before the content, the history and the
        # services load (the rest of this function): start-up was 2.6 times a bare Qt
        # window's with all of them before the first showing.
        translators.install(language)
        frame = ending.window = show_first_frame(paths, language)
        app.setWindowIcon(app_icon())
        if ending.signum is not None:  # while the frame was being shown: it goes too
            frame.close_without_asking()
            stop_signals.close()
            translators.remove()
            return 128 + ending.signum
    from backcoach.content.library import load_content  # noqa: PLC0415

    library = load_content(paths, language)
    routine = routine_to_play(play_routine, library) if play_routine else None
    if isinstance(routine, str):
        stop_signals.close()
        return cannot_play(play_routine or "", routine)
    services = build_services(paths, settings, language)
    messages += keep_plan(paths, services)
    reminders: Reminders | None = None
    try:
        switch = LanguageSwitch(app, paths, services, translators)
        switch.windowOpened.connect(ending.follow)
        reminders = build_reminders(app, paths, services, switch)
        window, problems = switch.open(language, library, frame)
        tell_at_start(window, problems, messages, services)
        open_speaker_soon(services, window)
        present(window, routine, reminders, in_tray=in_tray)
        if ending.signum is not None:  # a signal while the content loaded: it is over
            return 128 + ending.signum
        return app.exec()
    finally:
        stop_signals.close()
        if reminders is not None:
            reminders.close()
        close_services(services)
        translators.remove()


def present(
    window: MainWindow, routine: Routine | None, reminders: Reminders | None, *, in_tray: bool
) -> None:
    """Shows the window (hidden in the tray, or minimised where there is none, for
    --tray), starts the reminders, and the routine to play or else, once the window is on
    screen, the first-run check; the morning-after question follows either."""
    if not in_tray or routine is not None:
        window.show()
    elif window.tray is None:
        window.showMinimized()
    if reminders is not None:
        reminders.start()
    if routine is not None:
        window.start_routine(routine)
    else:  # the first start: the safety check, once the window is on screen
        window.firstPainted.connect(window.first_run_if_needed)
    window.firstPainted.connect(window.ask_next_day)
