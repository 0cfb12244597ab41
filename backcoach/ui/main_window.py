"""The main window: library, routines, reading and the session player in tabs, menus, layout."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from backcoach.content.library import Library
from backcoach.model import Routine
from backcoach.session.phrasebooks import phrasebook_for
from backcoach.session.plan import PlanOptions, plan_routine, single_exercise_routine
from backcoach.ui.about import show_about
from backcoach.ui.library.education_view import EducationView
from backcoach.ui.library.pane import LibraryPane
from backcoach.ui.library.routine_list import RoutineList
from backcoach.ui.player.floor_view import FloorView
from backcoach.ui.player.keys import PlayerKeys
from backcoach.ui.player.pane import PlayerPane
from backcoach.ui.problems_dialog import ProblemsDialog
from backcoach.ui.session.control import SessionControl
from backcoach.ui.session.display import Display
from backcoach.ui.session.messages import StopSessionQuestion
from backcoach.ui.session.services import SessionServices
from backcoach.ui.speech_settings import SpeechSettingsDialog
from backcoach.ui.window_state import read_window_state, write_window_state

STATUS_MS = 15_000  # how long passing news stays in the status bar


class MainWindow(QMainWindow):
    # The user chose another language ("" for the system's); whoever built the window
    # builds it anew in that language (app.py), as every text and cue depends on it.
    languageChosen = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        library: Library,
        state_file: Path,
        services: SessionServices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("backcoach")
        self.library = library
        self.state_file = state_file
        self.services = services
        self.problems_dialog: ProblemsDialog | None = None

        self.session = SessionControl(
            services.speaker,
            services.settings,
            services.screen,
            services.clock,
            self,
            language=services.language,
        )
        self.keys = PlayerKeys(self.session, services.settings, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.library_pane = LibraryPane(
            library.exercises.values(), self, phrases=phrasebook_for(services.language)
        )
        self.library_pane.detail.pose_labels = library.pose_labels
        self.routine_list = RoutineList(library.routines, library.exercises, self)
        self.education = EducationView(library.topics, self)
        self.player = PlayerPane(self.session, self.keys, self)
        self.tabs.addTab(self.library_pane, self.tr("&Exercises"))
        self.tabs.addTab(self.routine_list, self.tr("&Routines"))
        self.tabs.addTab(self.education, self.tr("&Learn"))
        self.tabs.addTab(self.player, self.tr("&Session"))
        self.setCentralWidget(self.tabs)
        self.floor = FloorView(self)  # over the whole window, which goes full screen
        # The window's place and state before the floor view made it full screen.
        self._before_floor: tuple[QRect, Qt.WindowState] | None = None
        self.keys.attach(self.floor)
        self.floor.set_help(self.keys.help_rows())
        self._connect_session()

        self.problems_notice: QLabel | None = None
        self._build_menus()
        self._announce_problems()
        self.resize(1100, 720)
        self._restore_state()
        self.library_pane.search.setFocus()

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "library_splitter": self.library_pane.splitter,
            "routine_splitter": self.routine_list.splitter,
            "education_splitter": self.education.splitter,
        }

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, (text, page) in enumerate(
            [
                (self.tr("&Exercises"), self.library_pane),
                (self.tr("&Routines"), self.routine_list),
                (self.tr("&Learn about your back"), self.education),
                (self.tr("S&ession"), self.player),
            ],
            start=1,
        ):
            action = view_menu.addAction(text)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, page=page: self.show_page(page))
        view_menu.addSeparator()
        self.find_action = view_menu.addAction(self.tr("&Search exercises"))
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.search_exercises)
        # Not the F action itself: a menu would make its key a shortcut on every page.
        floor_action = view_menu.addAction(self.tr("&Floor view (F in the player)"))
        floor_action.triggered.connect(self.show_floor)

        settings_menu = self.menuBar().addMenu(self.tr("Se&ttings"))
        voice_action = settings_menu.addAction(self.tr("&Voice and session..."))
        voice_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        voice_action.triggered.connect(self.edit_speech_settings)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        if self.library.problems:
            problems_action = help_menu.addAction(self.tr("Content &problems..."))
            problems_action.triggered.connect(self.show_problems)
        about_action = help_menu.addAction(self.tr("&About backcoach"))
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(lambda: show_about(self))
        about_qt = help_menu.addAction(self.tr("About &Qt"))
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)

    def _announce_problems(self) -> None:
        """Say once, without blocking, that some files were skipped, and where to see why."""
        if not self.library.problems:
            return
        files = len({problem.file for problem in self.library.problems})
        text = (
            self.tr("1 content file had problems and was skipped.")
            if files == 1
            else self.tr("%n content files had problems and were skipped.", None, files)
        )
        link = self.tr("Show problems")
        self.problems_notice = QLabel(f'{text} <a href="#problems">{link}</a>', self)
        self.problems_notice.setObjectName("problemsNotice")
        self.problems_notice.linkActivated.connect(self.show_problems)
        self.statusBar().addWidget(self.problems_notice)

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    # -- sessions -----------------------------------------------------------------------

    def _connect_session(self) -> None:
        session, keys = self.session, self.keys
        keys.floor.triggered.connect(self.toggle_floor)
        keys.leave_floor.triggered.connect(self.escape)
        keys.help.triggered.connect(self.toggle_help)
        session.displayChanged.connect(self._show_on_floor)
        session.captionChanged.connect(self.floor.show_caption)
        session.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        session.notice.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.services.settings.problem.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MS)
        )
        self.services.settings.changed.connect(lambda _settings: self._show_on_floor())
        self.floor.left.connect(self._floor_closed)
        self.routine_list.startRequested.connect(self.start_routine_id)
        self.library_pane.startRequested.connect(self.start_exercise_id)
        self.player.summary.chooseAnother.connect(lambda: self.show_page(self.routine_list))

    def start_routine(self, routine: Routine) -> bool:
        """The get-ready countdown of ``routine`` on the Session page; False if the user
        chose to keep the session already under way."""
        if self.session.active and not StopSessionQuestion.ask(
            self, self.tr("Stop it and start “{title}” instead?").format(title=routine.title)
        ):
            return False
        options = PlanOptions(
            verbosity=self.services.settings.settings.verbosity, language=self.services.language
        )
        timeline = plan_routine(routine, self.library.exercises, options)
        if routine.id in self.library.routines:  # for "start last routine"; not one exercise
            self.services.settings.update(
                replace(self.services.settings.settings, last_routine=routine.id)
            )
        self.show_page(self.player)
        self.player.setFocus()
        self.session.load(timeline)
        return True

    def start_routine_id(self, routine_id: str) -> bool:
        return self.start_routine(self.library.routines[routine_id])

    def start_exercise_id(self, exercise_id: str) -> bool:
        return self.start_routine(single_exercise_routine(self.library.exercises[exercise_id]))

    def edit_speech_settings(self) -> None:
        keeper = self.services.settings
        chosen = SpeechSettingsDialog.ask(
            self,
            keeper.settings,
            self.services.speaker,
            session_active=self.session.active,
            language=self.services.language,
        )
        if chosen is not None:
            language_changed = chosen.language != keeper.settings.language
            keeper.update(chosen)
            if language_changed:
                self.languageChosen.emit(chosen.language)

    def show_floor(self) -> None:
        if not self.floor.isVisible():
            self._before_floor = (self.geometry(), self.windowState())
        if self.services.full_screen:
            # The screen's size first: with no window manager, full screen alone is a hint.
            self.setGeometry(self.screen().geometry())
            self.showFullScreen()
        self.floor.setGeometry(self.rect())
        self.floor.show()
        self.floor.raise_()
        self.floor.setFocus()
        self.activateWindow()
        self._show_on_floor()
        self.floor.show_caption(self.session.caption)

    def leave_floor(self) -> None:
        self.floor.hide()
        self._floor_closed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.floor.isVisible():
            self.floor.setGeometry(self.rect())

    def toggle_floor(self) -> None:
        if self.floor.isVisible():
            self.leave_floor()
        else:
            self.show_floor()

    def toggle_help(self) -> None:
        overlay = self.floor.help if self.floor.isVisible() else self.player.help
        if overlay is not None:
            overlay.toggle()

    def escape(self) -> None:
        """Esc closes the list of keys if it is open, else leaves the floor view."""
        for overlay in (self.floor.help, self.player.help):
            if overlay is not None and overlay.isVisible():
                overlay.hide()
                return
        if self.floor.isVisible():
            self.leave_floor()

    def _floor_closed(self) -> None:
        if self.services.full_screen and self._before_floor is not None:
            # Back to the place, size and maximised state of before the floor view.
            geometry, state = self._before_floor
            self._before_floor = None
            self.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
            if not state & Qt.WindowState.WindowMaximized:
                self.setGeometry(geometry)
        self.show_page(self.player)
        self.activateWindow()

    def _show_on_floor(self, display: Display | None = None) -> None:
        if self.floor.isVisible():
            display = display or self.session.display()
            if display is not None:
                self.floor.show_display(display, self.services.settings.settings.muted)

    def search_exercises(self) -> None:
        self.show_page(self.library_pane)
        self.library_pane.focus_search()

    def show_problems(self) -> ProblemsDialog:
        """Non-modal, so the user can keep the list open while fixing the file."""
        if self.problems_dialog is None:
            self.problems_dialog = ProblemsDialog(self.library.problems, self)
        if self.problems_dialog.isVisible():  # already open, perhaps behind: bring it up
            self.problems_dialog.raise_()
            self.problems_dialog.activateWindow()
        else:
            self.problems_dialog.show()
        return self.problems_dialog

    def _restore_state(self) -> None:
        state = read_window_state(self.state_file)
        if "geometry" in state:
            self.restoreGeometry(state["geometry"])
        if "window" in state:
            self.restoreState(state["window"])
        for name, splitter in self._splitters().items():
            if name in state:
                splitter.restoreState(state[name])

    def save_state(self) -> None:
        state = {"geometry": self.saveGeometry(), "window": self.saveState()}
        state |= {name: splitter.saveState() for name, splitter in self._splitters().items()}
        # A read-only config folder costs only the window's size next time.
        with contextlib.suppress(OSError):
            write_window_state(self.state_file, state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.active and not StopSessionQuestion.ask(
            self, self.tr("Closing the window ends the session.")
        ):
            event.ignore()
            return
        self.session.stop()
        if self.floor.isVisible():
            self.leave_floor()  # so that the size saved is the window's own, not full screen
        self.save_state()
        if self.problems_dialog is not None:
            self.problems_dialog.close()  # it belongs to this window; do not leave it behind
        super().closeEvent(event)
